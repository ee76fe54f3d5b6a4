using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Cli.Commands;

/// <summary><c>policy validate DIR</c>: checks a policy pack as the bot does at start-up.</summary>
internal static class PolicyCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        args.AllowFlags();
        if (args.Positional.Count != 2 || args.Positional[0] != "validate")
        {
            throw new UsageException("usage: policy validate DIR");
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
