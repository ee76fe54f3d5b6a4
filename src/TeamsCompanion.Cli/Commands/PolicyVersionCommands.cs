using System.Globalization;
using System.Text.Json;
using TeamsCompanion.Bot.Reminders;
using TeamsCompanion.Bot.Reminders.Installs;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Guidance.Versions;

namespace TeamsCompanion.Cli.Commands;

/// <summary><c>policy publish | diff | status | acks | cancel</c>: published versions in the bot's database.</summary>
internal static class PolicyVersionCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> PublishAsync(Arguments args, TextWriter output, TextWriter errors)
    {
        args.AllowFlags("informational");
        var folder = Positional(args, 1, "policy publish DIR --notes \"…\" [--informational] [--by NAME]");
        var notes = args.Option("notes") ?? throw new UsageException("--notes is required: say in a sentence what changed and why");
        if (notes.Length > 4000)
        {
            throw new UsageException("--notes is longer than 4,000 characters");
        }

        // Validate from the folder first, so errors name the real files.
        PolicyPackLoader.Load(folder, PolicyPackLoader.ShippedPackFolder);
        await using var database = await BotDatabase.OpenAsync(args);
        var by = args.Option("by") ?? Environment.UserName;
        var result = await database.Publisher.PublishAsync(PackFiles.Read(folder), notes, by, args.Flag("informational"), CancellationToken.None);
        output.WriteLine(result.Created
            ? $"Versie {result.Version.Id} gepubliceerd / version {result.Version.Id} published: {result.Recipients} ontvangers / recipients. De bot verstuurt de berichten / the bot sends the messages."
            : $"Dit pakket is al gepubliceerd als versie {result.Version.Id} / this pack was already published as version {result.Version.Id}; er is niets opnieuw verstuurd / nothing was sent again.");
        return 0;
    }

    public static async Task<int> DiffAsync(Arguments args, TextWriter output, TextWriter errors)
    {
        args.AllowFlags();
        var older = Positional(args, 1, "policy diff A B   (A, B: version numbers or pack folders)");
        var newer = Positional(args, 2, "policy diff A B   (A, B: version numbers or pack folders)");
        var language = args.Choice("lang", Language.Nl, ("nl", Language.Nl), ("en", Language.En));
        BotDatabase? database = null;
        try
        {
            async Task<PolicyPack> LoadAsync(string which)
            {
                if (!int.TryParse(which, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    return PolicyPackLoader.Load(which, PolicyPackLoader.ShippedPackFolder);
                }

                database ??= await BotDatabase.OpenAsync(args);
                return (await database.Versions.GetAsync(number, CancellationToken.None))?.Pack
                    ?? throw new UsageException($"version {number} does not exist");
            }

            var diff = PackDiff.Between(await LoadAsync(older), await LoadAsync(newer));
            foreach (var line in DiffText.Lines(diff, language))
            {
                output.WriteLine(line);
            }

            return 0;
        }
        finally
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }
        }
    }

    public static async Task<int> StatusAsync(Arguments args, TextWriter output, TextWriter errors)
    {
        args.AllowFlags();
        var json = args.Choice("format", false, ("text", false), ("json", true));
        int? version = args.Option("version") is null ? null : (int)args.Number("version", 1);
        await using var database = await BotDatabase.OpenAsync(args);
        var status = await database.Status.ForAsync(version, CancellationToken.None);
        if (status is null)
        {
            errors.WriteLine(version is null ? "Er is nog geen versie gepubliceerd / no version has been published yet." : $"Versie {version} bestaat niet / version {version} does not exist.");
            return 2;
        }

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(status, Json));
            return 0;
        }

        output.WriteLine($"Versie / version {status.Version} (pack {status.PackVersion}), {status.PublishedAt:yyyy-MM-dd HH:mm} UTC, {status.PublishedBy}{(status.Informational ? ", ter informatie / informational" : string.Empty)}{(status.Cancelled ? ", GESTOPT / CANCELLED" : string.Empty)}");
        output.WriteLine($"  ontvangers / recipients  {status.Recipients,8}");
        output.WriteLine($"  verstuurd / sent         {status.Sent,8}");
        output.WriteLine($"  wachtend / pending       {status.Pending,8}");
        output.WriteLine($"  mislukt / failed         {status.Failed,8}   (niet bezorgbaar / undeliverable {status.Undeliverable}, opgegeven / dead letter {status.DeadLetter})");
        if (status.InDoubt > 0)
        {
            output.WriteLine($"  onzeker / in doubt       {status.InDoubt,8}   (afgebroken tijdens verzenden; opnieuw: policy resend-in-doubt {status.Version})");
        }

        output.WriteLine($"  gelezen / acknowledged   {status.Acknowledged,8}");
        output.WriteLine($"  herinneringen / reminders{status.RemindersSent,8}");
        if (status.Installs is { } installs)
        {
            WriteInstalls(output, installs);
        }

        return 0;
    }

    public static async Task<int> AcknowledgementsAsync(Arguments args, TextWriter output, TextWriter errors)
    {
        args.AllowFlags();
        var version = Version(args, "policy acks VERSION [--out FILE.csv]");
        await using var database = await BotDatabase.OpenAsync(args);
        var csv = await database.Status.AcknowledgementsCsvAsync(version, CancellationToken.None);
        if (csv is null)
        {
            errors.WriteLine($"Versie {version} bestaat niet / version {version} does not exist.");
            return 2;
        }

        if (args.Option("out") is { } file)
        {
            await File.WriteAllTextAsync(file, csv);
        }
        else
        {
            output.Write(csv);
        }

        return 0;
    }

    public static Task<int> CancelAsync(Arguments args, TextWriter output, TextWriter errors) =>
        OnVersionAsync(args, "policy cancel VERSION", output, errors, async (status, version) =>
            await status.CancelAsync(version, CancellationToken.None)
                ? $"Versie {version}: wat nog niet verstuurd was, wordt niet meer verstuurd / what was not sent yet will not be sent."
                : $"Versie {version}: niets te stoppen / nothing to cancel.");

    public static Task<int> ResendInDoubtAsync(Arguments args, TextWriter output, TextWriter errors) =>
        OnVersionAsync(args, "policy resend-in-doubt VERSION", output, errors, async (status, version) =>
        {
            var queued = await status.ResendInDoubtAsync(version, CancellationToken.None);
            return $"Versie {version}: {queued} onzekere berichten worden opnieuw verstuurd / {queued} messages in doubt will be sent again.";
        });

    /// <summary>Runs an action on one published version; an unknown version is an error, not "nothing to do".</summary>
    private static async Task<int> OnVersionAsync(Arguments args, string usage, TextWriter output, TextWriter errors, Func<PolicyStatus, int, Task<string>> act)
    {
        args.AllowFlags();
        var version = Version(args, usage);
        await using var database = await BotDatabase.OpenAsync(args);
        if (await database.Status.ForAsync(version, CancellationToken.None) is null)
        {
            errors.WriteLine($"Versie {version} bestaat niet / version {version} does not exist.");
            return 2;
        }

        output.WriteLine(await act(database.Status, version));
        return 0;
    }

    private static void WriteInstalls(TextWriter output, InstallStatus installs)
    {
        // The member counts are of the last complete walk; while the first runs there are none yet.
        output.WriteLine(installs.Complete
            ? $"  groep / group {installs.GroupId}: klaar / done, {installs.Members} leden / members (overgeslagen / skipped: {installs.Guests} gasten / guests, {installs.Disabled} uitgeschakeld / disabled)"
            : $"  groep / group {installs.GroupId}: bezig / in progress");
        output.WriteLine($"  geïnstalleerd / installed{installs.Installed,8}");
        var reasons = installs.FailedReasons.Count == 0 ? string.Empty : $"   ({string.Join(", ", installs.FailedReasons.Select(r => $"{r.Key} {r.Value}"))})";
        output.WriteLine($"  niet gelukt / not installed{installs.Failed,6}{reasons}");
        if (installs.Retrying > 0)
        {
            output.WriteLine($"  opnieuw / retrying       {installs.Retrying,8}");
        }

        if (installs.Problem is { } problem)
        {
            output.WriteLine($"  probleem / problem: {problem}");
        }
    }

    private static string Positional(Arguments args, int index, string usage) =>
        args.Positional.Count > index ? args.Positional[index] : throw new UsageException("usage: " + usage);

    private static int Version(Arguments args, string usage) =>
        int.TryParse(Positional(args, 1, usage), NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0
            ? version
            : throw new UsageException("usage: " + usage);
}
