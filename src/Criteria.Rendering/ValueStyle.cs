using System.Globalization;

namespace Criteria.Rendering;

/// <summary>What differs between renderings in how a value reads (see <see cref="ResultText.Value"/>).</summary>
/// <param name="Numbers">How numbers are written (a decimal comma or point).</param>
/// <param name="RatioJoin">What stands between numerator and denominator (<c>" из "</c>, <c>" / "</c>).</param>
/// <param name="ErrorAsWord">Whether a failed result reads as the word for an error rather than a dash.</param>
internal sealed record ValueStyle(NumberFormatInfo Numbers, string RatioJoin, bool ErrorAsWord)
{
    /// <summary>Russian numbers (a decimal comma, a no-break space between groups) without the ICU culture data: a host may run with invariant globalization.</summary>
    public static NumberFormatInfo RussianNumbers { get; } = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00A0", PercentDecimalSeparator = "," };

    /// <summary>How numbers are written in a language's renderings for people.</summary>
    public static NumberFormatInfo NumbersOf(ReportLanguage language) => language == ReportLanguage.En ? NumberFormatInfo.InvariantInfo : RussianNumbers;

    /// <summary>A language's style: <c>3 из 4</c> or <c>3 of 4</c>, a failed result as a dash or as the word for an error.</summary>
    public static ValueStyle Of(ReportLanguage language, bool errorAsWord) =>
        language == ReportLanguage.En
            ? (errorAsWord ? EnglishWithErrors : English)
            : (errorAsWord ? RussianWithErrors : Russian);

    private static readonly ValueStyle Russian = new(RussianNumbers, " из ", ErrorAsWord: false);
    private static readonly ValueStyle RussianWithErrors = new(RussianNumbers, " из ", ErrorAsWord: true);
    private static readonly ValueStyle English = new(NumberFormatInfo.InvariantInfo, " of ", ErrorAsWord: false);
    private static readonly ValueStyle EnglishWithErrors = new(NumberFormatInfo.InvariantInfo, " of ", ErrorAsWord: true);
}
