using System.Globalization;

namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>Identifiers as people write them, with some written to slip past naive matching.</summary>
internal static class Writers
{
    private static readonly string[] AreaCodes = ["10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "38", "40", "43", "45", "50", "53", "58", "70", "71", "73", "76", "79", "111", "172", "229", "318", "341", "475", "513", "546", "592", "597"];

    public static string Bsn(Random random, out bool evasive)
    {
        var digits = Identifiers.Bsn(random);
        var style = random.Next(20);
        evasive = style >= 12;
        return style switch
        {
            < 8 => digits,
            8 or 9 => $"{digits[..3]} {digits[3..6]} {digits[6..]}",
            10 => $"{digits[..4]}.{digits[4..6]}.{digits[6..]}",
            11 => $"{digits[..3]}.{digits[3..6]}.{digits[6..]}",
            12 => $"{digits[..3]}\u200B{digits[3..6]}\u200B{digits[6..]}",
            13 => $"{digits[..3]}\u00A0{digits[3..6]}\u00A0{digits[6..]}",
            14 => new string(digits.Select(c => (char)(c - '0' + 0xFF10)).ToArray()),
            15 => $"{digits[..5]}\n{digits[5..]}",
            16 => $"{digits[..3]}\u00AD{digits[3..]}",
            17 => $"{digits[..3]} - {digits[3..6]} - {digits[6..]}",
            _ => $"{digits[..2]}\u2060{digits[2..]}",
        };
    }

    public static string Iban(Random random)
    {
        var iban = random.Next(8) switch
        {
            0 => Identifiers.Iban("DE", Identifiers.Digits(random, 18)),
            1 => Identifiers.Iban("BE", Identifiers.Digits(random, 12)),
            _ => Identifiers.DutchIban(random),
        };
        return WriteIban(random, iban);
    }

    public static string WriteIban(Random random, string iban) => random.Next(12) switch
    {
        < 5 => string.Join(' ', iban.Chunk(4).Select(c => new string(c))),
        < 9 => iban,
        9 => string.Join(' ', iban.Chunk(4).Select(c => new string(c))).ToLowerInvariant(),
        10 => string.Join('\u200B', iban.Chunk(4).Select(c => new string(c))),
        _ => iban[..8] + "\n" + iban[8..],
    };

    public static string Mobile(Random random)
    {
        var rest = (char)('1' + random.Next(5)) + Identifiers.Digits(random, 7);
        return random.Next(7) switch
        {
            0 => $"06-{rest}",
            1 => $"06 {rest[..4]} {rest[4..]}",
            2 => $"06{rest}",
            3 => $"+31 6 {rest}",
            4 => $"+31 (0)6 {rest[..2]} {rest[2..4]} {rest[4..6]} {rest[6..]}",
            5 => $"06 {rest[..2]} {rest[2..4]} {rest[4..6]} {rest[6..]}",
            _ => $"+316{rest}",
        };
    }

    public static string Landline(Random random)
    {
        var area = Person.Pick(random, AreaCodes);
        var subscriber = (char)('2' + random.Next(8)) + Identifiers.Digits(random, 8 - area.Length);
        return random.Next(6) switch
        {
            0 => $"0{area}-{subscriber}",
            1 => $"(0{area}) {subscriber[..3]} {subscriber[3..]}",
            2 => $"0{area} {subscriber}",
            3 => $"+31 {area} {subscriber}",
            4 => $"088 {Identifiers.Digits(random, 3)} {Identifiers.Digits(random, 4)}",
            _ => $"+32 470 {Identifiers.Digits(random, 2)} {Identifiers.Digits(random, 2)} {Identifiers.Digits(random, 2)}",
        };
    }

    public static string PersonalEmail(Random random, Person person) =>
        person.EmailLocal(random) + "@" + Person.Pick(random, Pools.Domains);

    public static string FunctionalEmail(Random random) =>
        Person.Pick(random, Pools.FunctionalMailboxes) + "@" + Person.Pick(random, Pools.Domains[..8]);

    public static string Street(Random random)
    {
        var number = random.Next(1, 250).ToString(CultureInfo.InvariantCulture);
        var addition = random.Next(6) switch
        {
            0 => "a",
            1 => "-II",
            2 => "B",
            _ => string.Empty,
        };
        return $"{Person.Pick(random, Pools.Streets)} {number}{addition}";
    }

    public static string Postcode(Random random)
    {
        string letters;
        do
        {
            letters = $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
        }
        while (letters is "SA" or "SD" or "SS");

        var digits = random.Next(1000, 10000).ToString(CultureInfo.InvariantCulture);
        return random.Next(5) == 0 ? digits + letters : digits + " " + letters;
    }

    public static string BirthDate(Random random)
    {
        var date = new DateTime(1940, 1, 1).AddDays(random.Next(365 * 65));
        return random.Next(5) switch
        {
            0 => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            1 => $"{date.Day} {Pools.Months[date.Month - 1]} {date.Year}",
            2 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            3 => date.ToString("d-M-yyyy", CultureInfo.InvariantCulture),
            _ => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        };
    }

    public static string MeetingDate(Random random)
    {
        var date = new DateTime(2024, 1, 1).AddDays(random.Next(700));
        return random.Next(3) switch
        {
            0 => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            1 => $"{date.Day} {Pools.Months[date.Month - 1]} {date.Year}",
            _ => date.ToString("d-M-yyyy", CultureInfo.InvariantCulture),
        };
    }

    public static string DocumentNumber(Random random)
    {
        const string letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ";
        const string alphanumeric = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789";
        var middle = new char[6];
        for (var i = 0; i < 6; i++)
        {
            middle[i] = alphanumeric[random.Next(alphanumeric.Length)];
        }

        middle[random.Next(6)] = (char)('0' + random.Next(10));
        return $"{letters[random.Next(letters.Length)]}{letters[random.Next(letters.Length)]}{new string(middle)}{random.Next(10)}";
    }

    public static string LicensePlate(Random random)
    {
        const string consonants = "BDFGHJKLNPRSTVXZ";
        string[] shapes = ["XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X"];
        var shape = Person.Pick(random, shapes);
        return new string(shape.Select(c => c switch
        {
            'X' => consonants[random.Next(consonants.Length)],
            '9' => (char)('0' + random.Next(10)),
            _ => c,
        }).ToArray());
    }

    public static string Vat(Random random) => random.Next(2) == 0
        ? Identifiers.BtwId(random)
        : "NL" + Identifiers.Bsn(random) + "B0" + random.Next(1, 4).ToString(CultureInfo.InvariantCulture);

    public static string Card(Random random)
    {
        var card = random.Next(3) switch
        {
            0 => Identifiers.LuhnCard(random, "4", 16),
            1 => Identifiers.LuhnCard(random, "5" + random.Next(1, 6).ToString(CultureInfo.InvariantCulture), 16),
            _ => Identifiers.LuhnCard(random, "37", 15),
        };
        return card.Length == 16 && random.Next(2) == 0 ? string.Join(' ', card.Chunk(4).Select(c => new string(c))) : card;
    }

    public static string Ip(Random random) => random.Next(3) switch
    {
        0 => $"192.168.{random.Next(256)}.{random.Next(1, 255)}",
        1 => $"10.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}",
        _ => $"{random.Next(11, 224)}.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}",
    };

    public static string Ipv6(Random random)
    {
        var groups = Enumerable.Range(0, 8).Select(_ => random.Next(0x10000).ToString("x", CultureInfo.InvariantCulture)).ToArray();
        groups[0] = "2001";
        groups[1] = "db8";
        return random.Next(2) == 0 ? string.Join(':', groups) : $"{groups[0]}:{groups[1]}::{groups[6]}:{groups[7]}";
    }
}
