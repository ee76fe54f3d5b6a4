using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Cli.Commands;

/// <summary><c>policy validate DIR</c> checks a pack as the bot does at start-up; the others work on published versions.</summary>
internal static class PolicyCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args.Positional.FirstOrDefault())
        {
            case "publish":
                return PolicyVersionCommands.PublishAsync(args, output, errors).GetAwaiter().GetResult();
            case "diff":
                return PolicyVersionCommands.DiffAsync(args, output, errors).GetAwaiter().GetResult();
            case "status":
                return PolicyVersionCommands.StatusAsync(args, output, errors).GetAwaiter().GetResult();
            case "acks":
                return PolicyVersionCommands.AcknowledgementsAsync(args, output, errors).GetAwaiter().GetResult();
            case "cancel":
                return PolicyVersionCommands.CancelAsync(args, output, errors).GetAwaiter().GetResult();
            case "resend-in-doubt":
                return PolicyVersionCommands.ResendInDoubtAsync(args, output, errors).GetAwaiter().GetResult();
        }

        args.AllowFlags();
        if (args.Positional.Count != 2 || args.Positional[0] != "validate")
        {
            throw new UsageException("usage: policy validate DIR | publish DIR --notes \"…\" | diff A B | status [--format json] | acks VERSION | cancel VERSION | resend-in-doubt VERSION");
        }

        var folder = args.Positional[1];
        try
        {
            var pack = PolicyPackLoader.Load(folder, PolicyPackLoader.ShippedPackFolder);
            output.WriteLine($"{folder}: geldig / valid — {pack.DisplayTitle(Language.Nl)}, versie {pack.Version}: " +
                $"{pack.Rules.Count} regels, {pack.Tips.Count} tips, {pack.Tools.Count} tools");
            return 0;
        }
        catch (PackLoadException e)
        {
            foreach (var error in e.Errors)
            {
                errors.WriteLine(error);
            }

            return 2;
        }
    }
}
