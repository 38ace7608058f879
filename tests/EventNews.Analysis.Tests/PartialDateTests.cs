namespace EventNews.Analysis.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("2022", DatePrecision.Year)]
    [InlineData("2022-10", DatePrecision.Month)]
    [InlineData("2022-02-28", DatePrecision.Day)]
    public void A_key_keeps_its_precision(string key, DatePrecision precision)
    {
        var date = PartialDate.TryParseKey(key);

        Assert.NotNull(date);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(key, date.Key);
    }

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("2022-13")]
    [InlineData("22-10")]
    [InlineData("2022-1")]
    [InlineData("2022-10-01-01")]
    [InlineData("octobre")]
    [InlineData("")]
    public void Impossible_or_malformed_keys_are_refused(string key)
    {
        Assert.Null(PartialDate.TryParseKey(key));
    }
}
