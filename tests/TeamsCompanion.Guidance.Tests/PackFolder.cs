namespace TeamsCompanion.Guidance.Tests;

/// <summary>A pack folder in a temporary directory, written file by file, removed afterwards.</summary>
internal sealed class PackFolder : IDisposable
{
    public PackFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tc-pack-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static string DefaultPack => System.IO.Path.Combine(RepositoryRoot(), "policy", "default");

    public PackFolder With(string file, string content)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, file), content.ReplaceLineEndings("\n"));
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "TeamsCompanion.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TeamsCompanion.sln not found above the test folder.");
    }
}
