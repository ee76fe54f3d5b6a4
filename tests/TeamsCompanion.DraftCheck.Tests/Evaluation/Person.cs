namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>A generated person and the ways Dutch text writes their name.</summary>
internal sealed record Person(string First, string? Tussenvoegsel, string Last, bool IsWoman)
{
    public static Person Random(Random random)
    {
        var tussen = random.Next(4) == 0 ? Pools.Tussenvoegsels[random.Next(Pools.Tussenvoegsels.Length)] : null;
        return new Person(Pick(random, Pools.FirstNames), tussen, Pick(random, Pools.Surnames), random.Next(2) == 0);
    }

    public string Full => Tussenvoegsel is null ? $"{First} {Last}" : $"{First} {Tussenvoegsel} {Last}";

    public string Initials => Tussenvoegsel is null ? $"{First[0]}. {Last}" : $"{First[0]}. {Tussenvoegsel} {Last}";

    /// <summary>After a title without first name the tussenvoegsel takes a capital: "mevrouw De Vries".</summary>
    public string Surname => Tussenvoegsel is null ? Last : char.ToUpperInvariant(Tussenvoegsel[0]) + Tussenvoegsel[1..] + " " + Last;

    public string Title => IsWoman ? "mevrouw" : "de heer";

    public string ShortTitle => IsWoman ? "mw." : "dhr.";

    public string Salutation => IsWoman ? "Geachte mevrouw" : "Geachte heer";

    public string EmailLocal(Random random)
    {
        var last = Ascii((Tussenvoegsel is null ? string.Empty : Tussenvoegsel.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal)) + Last);
        var first = Ascii(First);
        return random.Next(3) switch
        {
            0 => $"{first[0]}.{last}",
            1 => $"{first}.{last}",
            _ => $"{first[0]}{last}",
        };
    }

    public static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Ascii(string text) =>
        new(text.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.')
            .Select(c => c == 'ı' ? 'i' : c).ToArray());
}
