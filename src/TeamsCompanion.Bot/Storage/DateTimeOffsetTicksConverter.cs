using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TeamsCompanion.Bot.Storage;

internal sealed class DateTimeOffsetTicksConverter()
    : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
