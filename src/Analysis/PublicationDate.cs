using System.Globalization;

namespace EventNews.Analysis;

public enum DatePrecision
{
    Unknown,
    Year,
    Month,
    Day,
}

/// <summary>A calendar date known to a precision: 2022, 2022-10 or 2022-10-21.</summary>
public sealed record PartialDate(int Year, int? Month = null, int? Day = null)
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>yyyy, yyyy-MM or yyyy-MM-dd, as used in date keys.</summary>
    public string Key => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}"),
        _ => Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    public override string ToString() => Key;

    /// <summary>Parses yyyy, yyyy-MM or yyyy-MM-dd; null for anything else, including impossible dates.</summary>
    public static PartialDate? TryParseKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var parts = key.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            return null;
        }

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return Create(numbers[0], parts.Length > 1 ? numbers[1] : null, parts.Length > 2 ? numbers[2] : null);
    }

    /// <summary>A date with the given parts if it exists in the calendar, else null.</summary>
    public static PartialDate? Create(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || (day is not null && month is null))
        {
            return null;
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            return null;
        }

        return new PartialDate(year, month, day);
    }
}
