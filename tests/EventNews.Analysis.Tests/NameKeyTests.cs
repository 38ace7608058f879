namespace EventNews.Analysis.Tests;

public class NameKeyTests
{
    [Theory]
    [InlineData("Sergei Lavrov", "Sergueï Lavrov")]
    [InlineData("Sergei Lavrov", "Sergey Lavrov")]
    [InlineData("Sergei Lavrov", "Sergej Lawrow")]
    [InlineData("Sergei Shoigu", "Sergueï Choïgou")]
    [InlineData("Sergei Shoigu", "Sergej Schoigu")]
    [InlineData("Zelensky", "Zelenskyy")]
    [InlineData("Zelensky", "Zelenskiy")]
    [InlineData("Zelensky", "Zelenski")]
    [InlineData("Volodymyr Zelensky", "Wolodymyr Selenskyj")]
    [InlineData("Vladimir Putin", "Vladimir Poutine")]
    [InlineData("Mikhail Mishustin", "Mikhaïl Michoustine")]
    [InlineData("Antony Blinken", "Anthony Blinken")]
    [InlineData("Viktor Bout", "Victor Bout")]
    [InlineData("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan")]
    [InlineData("Viktor Orban", "Viktor Orbán")]
    [InlineData("Yuri Ushakov", "Iouri Ouchakov")]
    [InlineData("Yevgeny Prigozhin", "Evgueni Prigojine")]
    [InlineData("Alexei Navalny", "Alexeï Navalny")]
    [InlineData("Dmytro Kuleba", "Dmytro Kouleba")]
    [InlineData("Mikhail Gorbachev", "Mikhaïl Gorbatchev")]
    [InlineData("Ursula von der Leyen", "Ursula Von der Leyen")]
    [InlineData("Jean-Yves Le Drian", "Jean Yves Le Drian")]
    [InlineData("George W. Bush", "George Bush")]
    [InlineData("Yevhen Marchuk", "Ievguen Martchouk")]
    [InlineData("J.K. Rowling", "Rowling")]
    [InlineData("George H. W. Bush", "George H.W. Bush")]
    public void Systematic_spellings_of_one_name_share_a_key(string one, string other)
    {
        Assert.Equal(NameKey.Of(one), NameKey.Of(other));
    }

    [Theory]
    [InlineData("Sophie Durand", "Paul Durand")]
    [InlineData("Thomas Martin", "Claire Martin")]
    [InlineData("Sergei Lavrov", "Sergei Shoigu")]
    [InlineData("Dmitry Peskov", "Dmitry Medvedev")]
    [InlineData("George H. W. Bush", "George W. Bush")]
    [InlineData("Whitfield", "Vgitfield")]
    public void Different_names_keep_different_keys(string one, string other)
    {
        Assert.NotEqual(NameKey.Of(one), NameKey.Of(other));
    }

    [Fact]
    public void A_possessive_is_not_part_of_the_key()
    {
        Assert.Equal(NameKey.Of("Erdoğan"), NameKey.Of("Erdoğan's"));
    }

    [Fact]
    public void A_slug_is_lower_case_ascii_with_hyphens()
    {
        Assert.Equal("sergei-lavrov", NameKey.Slug("Sergei Lavrov"));
        Assert.Equal("recep-tayyip-erdogan", NameKey.Slug("Recep Tayyip Erdoğan"));
    }

    [Fact]
    public void A_name_in_greek_or_cyrillic_letters_keys_as_its_transliteration()
    {
        Assert.Equal(NameKey.Of("Maria Karystianou"), NameKey.Of("Μαρία Καρυστιανού"));
        Assert.Equal(NameKey.Of("Vladimir Putin"), NameKey.Of("Владимир Путин"));
        Assert.Equal(NameKey.Of("Volodymyr Zelensky"), NameKey.Of("Володимир Зеленський"));
        Assert.Equal(string.Empty, NameKey.Of("王毅"));
    }
}
