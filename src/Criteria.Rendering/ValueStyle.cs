using System.Globalization;

namespace Criteria.Rendering;

/// <summary>What differs between renderings in how a value reads (see <see cref="ResultText.Value"/>).</summary>
/// <param name="Numbers">How numbers are written (a decimal comma or point).</param>
/// <param name="RatioJoin">What stands between numerator and denominator (<c>" из "</c>, <c>" / "</c>).</param>
/// <param name="ErrorAsWord">Whether a failed result reads as the word for an error rather than a dash.</param>
internal sealed record ValueStyle(NumberFormatInfo Numbers, string RatioJoin, bool ErrorAsWord);
