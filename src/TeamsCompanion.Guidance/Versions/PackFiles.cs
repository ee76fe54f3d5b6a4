using System.Security.Cryptography;
using System.Text;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Guidance.Versions;

/// <summary>
/// A pack as its files, so a published version can be stored whole and loaded again exactly as
/// it was validated. The hash says whether two publications are the same pack.
/// </summary>
public sealed record PackFiles(IReadOnlyDictionary<string, string> Files)
{
    public const int MaxTotalChars = 2_000_000;

    public static PackFiles Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var files = Directory.EnumerateFiles(folder, "*.yaml")
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);
        return new PackFiles(files);
    }

    public string Hash()
    {
        var text = new StringBuilder();
        foreach (var (name, content) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append('\0').Append(content.ReplaceLineEndings("\n")).Append('\0');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Validates and loads the pack; throws <see cref="PackLoadException"/> with file:line errors.</summary>
    public PolicyPack Load(string? defaultPackFolder = null)
    {
        if (Files.Keys.Any(name => name != Path.GetFileName(name) || !name.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            throw new PackLoadException([new PackError("pack", 1, "a pack file name must be a plain name ending in .yaml")]);
        }

        if (Files.Values.Sum(v => (long)v.Length) > MaxTotalChars)
        {
            throw new PackLoadException([new PackError("pack", 1, $"the pack is larger than {MaxTotalChars:N0} characters")]);
        }

        var folder = Directory.CreateTempSubdirectory("tc-pack-");
        try
        {
            foreach (var (name, content) in Files)
            {
                File.WriteAllText(Path.Combine(folder.FullName, name), content);
            }

            return PolicyPackLoader.Load(folder.FullName, defaultPackFolder);
        }
        catch (PackLoadException e)
        {
            // Errors name the file as it was sent, not the temporary folder.
            throw new PackLoadException([.. e.Errors.Select(error => error with { File = error.File.Replace(folder.FullName + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal) })]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
