namespace TeamsCompanion.DraftCheck;

/// <summary>Display values that let a user recognise a finding without exposing it.</summary>
internal static class Masking
{
    private const char Bullet = '•';

    public static string Mask(string type, ReadOnlySpan<char> value)
    {
        return type switch
        {
            FindingTypes.Email => MaskEmail(value),
            FindingTypes.PersonName or FindingTypes.Address or FindingTypes.SpecialCategory or FindingTypes.DateOfBirth
                => FirstLetter(value),
            _ => LastFour(value),
        };
    }

    /// <summary>"•••••4782": five bullets whatever the length, then the last four letters or digits.</summary>
    private static string LastFour(ReadOnlySpan<char> value)
    {
        Span<char> tail = stackalloc char[4];
        var count = 0;
        for (var i = value.Length - 1; i >= 0 && count < 4; i--)
        {
            if (char.IsLetterOrDigit(value[i]))
            {
                tail[3 - count++] = value[i];
            }
        }

        return new string(Bullet, 5) + new string(tail[(4 - count)..]);
    }

    private static string MaskEmail(ReadOnlySpan<char> value)
    {
        var at = value.IndexOf('@');
        return at <= 0 ? new string(Bullet, 5) : value[0] + new string(Bullet, 4) + value[at..].ToString();
    }

    private static string FirstLetter(ReadOnlySpan<char> value) =>
        value.IsEmpty ? new string(Bullet, 5) : value[0] + new string(Bullet, 4);
}
