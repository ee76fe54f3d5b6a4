using TeamsCompanion.Cli.Documents;
using TeamsCompanion.DraftCheck;

namespace TeamsCompanion.Cli.Commands;

/// <summary><c>redact FILE</c>: prints the text with personal data replaced by placeholders such as [BSN].</summary>
internal static class RedactCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        args.AllowFlags();
        if (args.Positional.Count != 1)
        {
            throw new UsageException("redact needs exactly one FILE");
        }

        var settings = CheckSettings.From(args);
        var file = args.Positional[0];
        try
        {
            var document = DocumentReader.Read(file, settings.MaxFileBytes);
            var result = new DraftChecker().Check(document.Text, settings.Options);
            if (result.InputTooLarge)
            {
                errors.WriteLine($"{file}: text is longer than {settings.Options.MaxInputLength:N0} characters and was not redacted (--max-chars)");
                return 2;
            }

            output.Write(Redactor.Redact(document.Text, result.Findings.Where(f => f.IsPersonal).ToList()));
            return 0;
        }
        catch (DocumentReadException e)
        {
            errors.WriteLine($"{file}: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.WriteLine($"{file}: kan het bestand niet verwerken / cannot process the file ({e.GetType().Name})");
            return 2;
        }
    }
}
