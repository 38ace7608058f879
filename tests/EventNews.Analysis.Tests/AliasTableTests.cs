namespace EventNews.Analysis.Tests;

public class AliasTableTests
{
    [Fact]
    public void A_line_maps_each_alias_to_its_canonical_name()
    {
        var table = AliasTable.Parse("# people\nVladimir Putin | Poutine | Putin\n\nSergei Lavrov | Lavrov  # the minister\n");

        Assert.Equal("Vladimir Putin", table.Resolve("Poutine"));
        Assert.Equal("Vladimir Putin", table.Resolve("Vladimir Poutine"));
        Assert.Equal("Sergei Lavrov", table.Resolve("Lavrov"));
        Assert.Equal("Sergei Lavrov", table.Resolve("Sergueï Lavrov"));
        Assert.Null(table.Resolve("Shoigu"));
    }

    [Fact]
    public void A_name_without_its_middle_name_matches_the_canonical_name()
    {
        var table = AliasTable.Parse("Recep Tayyip Erdogan | Erdogan");

        Assert.Equal("Recep Tayyip Erdogan", table.Resolve("Recep Erdoğan"));
    }

    [Fact]
    public void A_line_without_a_canonical_name_is_refused_with_its_line_number()
    {
        var error = Assert.Throws<FormatException>(() => AliasTable.Parse("Sergei Lavrov | Lavrov\n| Poutine"));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_file_extends_and_overrides_the_built_in_table()
    {
        var user = AliasTable.Parse("Sergueï Lavrov | Lavrov | Lavrow\nBoris Johnson | BoJo\nDmitry Peskov | Lavrov-Sprecher\n! Biden");
        var table = AliasTable.Combine(AliasTable.Default, user);

        Assert.Equal("Sergueï Lavrov", table.Resolve("Sergey Lavrov"));
        Assert.Equal("Sergueï Lavrov", table.Resolve("Lavrov"));
        Assert.Equal("Boris Johnson", table.Resolve("BoJo"));
        Assert.Equal("Vladimir Putin", table.Resolve("Poutine"));
        Assert.Null(table.Resolve("Biden"));
        Assert.Equal("Joe Biden", table.Resolve("Joe Biden"));
    }

    [Fact]
    public void The_built_in_table_knows_the_usual_variants()
    {
        var table = AliasTable.Default;

        Assert.Equal("Vladimir Putin", table.Resolve("Poutine"));
        Assert.Equal("Antony Blinken", table.Resolve("Anthony Blinken"));
        Assert.Equal("Sergei Lavrov", table.Resolve("Lavrov"));
        Assert.Equal("Volodymyr Zelensky", table.Resolve("Zelenskyy"));
        Assert.Equal("Recep Tayyip Erdoğan", table.Resolve("Erdogan"));
        Assert.True(table.Entries.Count > 100);
    }
}
