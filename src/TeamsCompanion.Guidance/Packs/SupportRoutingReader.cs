using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace TeamsCompanion.Guidance.Packs;

/// <summary>Reads the routing keys of <c>support</c>: contacts, channel, fallback, hours and waiting times.</summary>
internal static class SupportRoutingReader
{
    public static readonly string[] Keys = ["contacts", "channel", "fallback", "hours", "answerWithinHours", "escalateAfterHours", "retentionDays"];

    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ma"] = DayOfWeek.Monday,
        ["mon"] = DayOfWeek.Monday,
        ["di"] = DayOfWeek.Tuesday,
        ["tue"] = DayOfWeek.Tuesday,
        ["wo"] = DayOfWeek.Wednesday,
        ["wed"] = DayOfWeek.Wednesday,
        ["do"] = DayOfWeek.Thursday,
        ["thu"] = DayOfWeek.Thursday,
        ["vr"] = DayOfWeek.Friday,
        ["fri"] = DayOfWeek.Friday,
        ["za"] = DayOfWeek.Saturday,
        ["sat"] = DayOfWeek.Saturday,
        ["zo"] = DayOfWeek.Sunday,
        ["sun"] = DayOfWeek.Sunday,
    };

    public static SupportRouting Read(YamlNodeReader reader, YamlMappingNode map)
    {
        var contacts = reader.Strings(map, "contacts");
        foreach (var contact in contacts)
        {
            if (!SupportIds.IsContact(contact))
            {
                reader.ErrorAt(map, "contacts", $"'{contact}' in 'contacts' is not an Entra object id or a user name like name@organisation.nl");
            }
        }

        var channel = reader.String(map, "channel", required: false);
        if (channel is not null && !SupportIds.IsChannel(channel))
        {
            reader.ErrorAt(map, "channel", $"'channel' must be a Teams channel id like 19:abc…@thread.tacv2 (found '{channel}')");
        }

        var fallback = reader.String(map, "fallback", required: false);
        if (fallback is not null && !SupportIds.IsContact(fallback))
        {
            reader.ErrorAt(map, "fallback", $"'fallback' is not an Entra object id or a user name like name@organisation.nl: '{fallback}'");
        }

        var hours = ReadHours(reader, map);
        var answerWithin = Number(reader, map, "answerWithinHours", SupportRouting.DefaultAnswerWithinHours, 1, 400);
        var escalateAfter = Number(reader, map, "escalateAfterHours", SupportRouting.DefaultEscalateAfterHours, 1, 400);
        var retention = Number(reader, map, "retentionDays", SupportRouting.DefaultRetentionDays, 1, 3650);
        return new SupportRouting(contacts, channel, fallback, hours, TimeSpan.FromHours(answerWithin), TimeSpan.FromHours(escalateAfter), retention);
    }

    private static WorkingHours ReadHours(YamlNodeReader reader, YamlMappingNode map)
    {
        if (reader.Child(map, "hours", required: false) is not { } node)
        {
            return WorkingHours.OfficeDefault;
        }

        if (node is not YamlMappingNode hours)
        {
            reader.Error(node, "'hours' must have keys days, from, to and timeZone, like { days: [ma, di, wo, do, vr], from: \"09:00\", to: \"17:00\", timeZone: Europe/Amsterdam }");
            return WorkingHours.OfficeDefault;
        }

        reader.CheckKeys(hours, "days", "from", "to", "timeZone");
        var fallback = WorkingHours.OfficeDefault;
        var days = new HashSet<DayOfWeek>();
        foreach (var day in reader.Strings(hours, "days"))
        {
            if (DayNames.TryGetValue(day, out var parsed))
            {
                days.Add(parsed);
            }
            else
            {
                reader.ErrorAt(hours, "days", $"unknown day '{day}'; use ma, di, wo, do, vr, za, zo (or mon … sun)");
            }
        }

        var from = Time(reader, hours, "from") ?? fallback.From;
        var to = Time(reader, hours, "to") ?? fallback.To;
        if (to <= from)
        {
            reader.ErrorAt(hours, "to", $"'to' ({to:HH\\:mm}) must be later than 'from' ({from:HH\\:mm})");
        }

        var zone = fallback.TimeZone;
        if (reader.String(hours, "timeZone", required: false) is { } zoneId)
        {
            zone = WorkingHours.FindTimeZone(zoneId) ?? zone;
            if (WorkingHours.FindTimeZone(zoneId) is null)
            {
                reader.ErrorAt(hours, "timeZone", $"unknown time zone '{zoneId}'; use an IANA name like Europe/Amsterdam");
            }
        }

        return new WorkingHours(days.Count > 0 ? days : fallback.Days, from, to, zone);
    }

    private static TimeOnly? Time(YamlNodeReader reader, YamlMappingNode map, string key)
    {
        if (reader.String(map, key, required: false) is not { } text)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        reader.ErrorAt(map, key, $"'{key}' must be a time like \"09:00\" (found '{text}')");
        return null;
    }

    private static int Number(YamlNodeReader reader, YamlMappingNode map, string key, int fallback, int min, int max)
    {
        if (reader.String(map, key, required: false) is not { } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        reader.ErrorAt(map, key, $"'{key}' must be a whole number from {min} to {max} (found '{text}')");
        return fallback;
    }

}
