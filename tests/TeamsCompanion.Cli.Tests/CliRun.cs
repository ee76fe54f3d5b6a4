namespace TeamsCompanion.Cli.Tests;

/// <summary>Runs the command line in-process and keeps what it printed.</summary>
internal sealed record CliRun(int Exit, string Output, string Errors)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = TeamsCompanion.Cli.Cli.Run(args, output, errors);
        return new CliRun(exit, output.ToString(), errors.ToString());
    }
}

/// <summary>A temporary folder for the files a test writes.</summary>
internal sealed class TempFolder : IDisposable
{
    public DirectoryInfo Directory { get; } = System.IO.Directory.CreateTempSubdirectory("tc-cli-");

    public string File(string name, string content)
    {
        var path = Path.Combine(Directory.FullName, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string File(string name, byte[] content)
    {
        var path = Path.Combine(Directory.FullName, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public string PathOf(string name) => Path.Combine(Directory.FullName, name);

    public void Dispose() => Directory.Delete(recursive: true);
}
