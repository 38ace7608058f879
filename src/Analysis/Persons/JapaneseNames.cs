using System.Collections.Frozen;

namespace EventNews.Analysis.Persons;

/// <summary>
/// Japanese names, which English and French papers write in either order: "Shinjiro Koizumi" and, more and more since
/// Japan asked for it in 2019, "Koizumi Shinjiro". A common family name before a common given name is read family name
/// first: its key is the given name's order, so both spellings are one person, and the family name alone refers back.
/// Written for EventNews by hand from general knowledge (no external list copied).
/// </summary>
internal static class JapaneseNames
{
    private static readonly FrozenSet<string> FamilyNames = Keys(
        "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida",
        "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Yamazaki", "Mori", "Abe",
        "Ikeda", "Hashimoto", "Yamashita", "Ishikawa", "Nakajima", "Maeda", "Fujita", "Ogawa", "Goto", "Okada", "Hasegawa",
        "Murakami", "Kondo", "Ishii", "Saito", "Sakamoto", "Endo", "Aoki", "Fujii", "Nishimura", "Fukuda", "Ota", "Miura",
        "Fujiwara", "Okamoto", "Matsuda", "Nakagawa", "Nakano", "Harada", "Ono", "Tamura", "Takeuchi", "Kaneko", "Wada",
        "Nakayama", "Ishida", "Ueda", "Morita", "Shibata", "Sakai", "Kudo", "Yokoyama", "Miyazaki", "Miyamoto", "Uchida",
        "Takagi", "Ando", "Taniguchi", "Maruyama", "Imai", "Takada", "Fujimoto", "Takeda", "Murata", "Ueno", "Sugiyama",
        "Masuda", "Sugawara", "Hirano", "Otsuka", "Kubo", "Matsui", "Iwasaki", "Sakurai", "Kinoshita", "Noguchi", "Matsuo",
        "Nomura", "Kikuchi", "Sano", "Onishi", "Sugimoto", "Arai", "Koizumi", "Kishida", "Ishiba", "Takaichi", "Motegi",
        "Katayama", "Kihara", "Onoda", "Yoshimura", "Kono", "Suga", "Noda", "Edano", "Tamaki", "Aso", "Nikai", "Hagiuda",
        "Kamikawa", "Iwaya", "Nakatani", "Akazawa", "Hirai", "Kiuchi", "Koike", "Ozawa", "Hatoyama", "Kan", "Obuchi", "Miyazawa",
        "Nakasone", "Takemi", "Hamada", "Hosoda", "Amari", "Seko", "Nishida", "Kuroda", "Shiozaki", "Hiraide", "Kawasaki",
        "Kawaguchi", "Toyoda", "Honda", "Morikawa", "Tsutsui", "Ohtani", "Otani", "Osaka", "Nishikori", "Hanyu", "Uno", "Miyake",
        "Oe", "Kurosawa", "Kitano", "Koreeda", "Hamaguchi");

    private static readonly FrozenSet<string> GivenNames = Keys(
        "Shinzo", "Shinjiro", "Junichiro", "Jun'ichiro", "Fumio", "Shigeru", "Sanae", "Yoshihide", "Yoshimasa", "Taro",
        "Toshimitsu", "Satsuki", "Hirofumi", "Tetsuo", "Minoru", "Kimi", "Yoko", "Kenji", "Hiroshi", "Takeshi", "Akira", "Yuki",
        "Naruhito", "Yukio", "Katsunobu", "Takayuki", "Yoji", "Koichi", "Kazuo", "Haruki", "Hayao", "Takashi", "Yuko", "Yumi",
        "Keiko", "Akiko", "Tomoko", "Naoko", "Michiko", "Masako", "Aiko", "Kazuko", "Noriko", "Emi", "Mai", "Ayumi", "Haruka",
        "Sakura", "Hana", "Yui", "Rin", "Hiroki", "Daisuke", "Kenta", "Shota", "Ryota", "Yuta", "Kazuki", "Takumi", "Naoki",
        "Yusuke", "Shohei", "Kei", "Yuzuru", "Naomi", "Ichiro", "Jiro", "Saburo", "Yoshiro", "Ryutaro", "Kiichi", "Keizo",
        "Tomiichi", "Morihiro", "Tsutomu", "Naoto", "Yoshihiko", "Kakuei", "Eisaku", "Nobusuke", "Masayoshi", "Tadashi", "Akio",
        "Takeo", "Kazuyoshi", "Tomomi", "Seiko", "Masahiro", "Hiroyuki", "Toshiro", "Kiyoshi", "Makoto", "Masaru", "Osamu",
        "Satoshi", "Shinichi", "Shin'ichi", "Tatsuya", "Tetsuya", "Tomohiro", "Toru", "Yasuo", "Yasuhiro", "Yoshinori", "Yuichi",
        "Yuji", "Genichiro", "Itsunori", "Kenichi", "Ken'ichi", "Tomoaki", "Kunio", "Koji", "Seiji", "Shunichi", "Ryuzo",
        "Hakubun", "Kazunori", "Hideki", "Hidetoshi", "Kazuhiro", "Masato", "Kentaro", "Ryusei", "Sota", "Haruto", "Riku", "Mio",
        "Aoi", "Yuna", "Misaki", "Nanami", "Chihiro", "Ryuichi", "Kaori", "Sayaka", "Mariko", "Junko", "Reiko", "Sachiko",
        "Fumiko", "Hideo", "Shintaro", "Yuriko", "Renho", "Kinuko", "Mizuho");

    /// <summary>Whether a name of these two words (as name keys) is a Japanese family name and then a given name.</summary>
    public static bool IsFamilyFirst(string firstKey, string secondKey) => FamilyNames.Contains(firstKey) && GivenNames.Contains(secondKey);

    private static FrozenSet<string> Keys(params string[] names) => names.Select(NameKey.OfWord).ToFrozenSet(StringComparer.Ordinal);
}
