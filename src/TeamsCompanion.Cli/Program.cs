using TeamsCompanion.Cli;
using TeamsCompanion.Cli.Commands;
using TeamsCompanion.Guidance.Packs;

return Cli.Run(args, Console.Out, Console.Error);

namespace TeamsCompanion.Cli
{
    internal static class Cli
    {
        public const string Usage = """
            teamscompanion — controleer concepten op persoonsgegevens en AI-vermelding / check drafts for personal data and AI disclosure

              check FILE... [--audience citizens|internal] [--ai-used yes|no|unknown] [--format text|json]
                            [--policy DIR] [--lang nl|en] [--max-chars N] [--max-bytes N]
                  FILE: .txt .md .html .eml .docx .pdf, or - for standard input
                  exit code: 0 clean, 1 findings, 2 a file could not be checked
              check --jsonl IN [--out OUT]      one JSON object per line: {"id", "text", "audience", "aiUsed"}
              redact FILE                       the text with personal data replaced by [BSN], [IBAN], [naam], …
              policy validate DIR               check a policy pack as the bot does at start-up
              policy publish DIR --notes "…" [--informational] [--by NAME]
                                                publish the pack as a new version; the bot tells everyone
              policy diff A B                   what changed between two versions (numbers) or pack folders
              policy status [--format json] [--version N]
                                                recipients, sent, pending, failed, acknowledged
              policy acks VERSION [--out FILE]  who acknowledged a version, as CSV
              policy cancel VERSION             stop sending what is not sent yet
                  the database: ConnectionStrings:TeamsCompanion and Storage:Provider, as for the bot
                  (environment variables, ./appsettings.json, or --connection-string)
            """;

        public static int Run(string[] args, TextWriter output, TextWriter errors)
        {
            try
            {
                var command = args.FirstOrDefault();
                var rest = Arguments.Parse(args.Skip(1), CheckSettings.ValueOptions.Split(','));
                return command switch
                {
                    "check" => CheckCommand.Run(rest, output, errors),
                    "redact" => RedactCommand.Run(rest, output, errors),
                    "policy" => PolicyCommand.Run(rest, output, errors),
                    null or "help" or "--help" or "-h" => Help(output, command is null ? 2 : 0),
                    _ => throw new UsageException($"unknown command '{command}'"),
                };
            }
            catch (UsageException e)
            {
                errors.WriteLine($"error: {e.Message}");
                errors.WriteLine(Usage);
                return 2;
            }
            catch (PackLoadException e)
            {
                errors.WriteLine("error: the policy pack is not valid:");
                foreach (var error in e.Errors)
                {
                    errors.WriteLine(error);
                }

                return 2;
            }
        }

        private static int Help(TextWriter output, int exit)
        {
            output.WriteLine(Usage);
            return exit;
        }
    }
}
