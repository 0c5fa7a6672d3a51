using System.Globalization;
using Criteria.Catalog;
using Criteria.Json.Converters;
using Criteria.Kinds;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Rendering;

/// <summary>
/// How every rendering writes a result for a person: its value, its target, its status. One place, so
/// that the table, the HTML page and the CSV cannot drift apart; what differs between them (culture, the
/// word between numerator and denominator, what an error shows) is the caller's <see cref="ValueStyle"/>.
/// </summary>
internal static class ResultText
{
    /// <summary>The display of a value that does not exist.</summary>
    public const string Dash = "—";

    /// <summary>The value as a person reads it: <c>3 из 4 · 75,0 %</c>, <c>да</c>, <c>12</c>, or a dash.</summary>
    public static string Value(CriterionResult result, Labels t, ValueStyle style)
    {
        if (result.Status == ResultStatus.Error)
        {
            return style.ErrorAsWord ? t.Error : Dash;
        }

        if (result.HasRatio)
        {
            var ratio = $"{result.Numerator?.ToString(style.Numbers) ?? Dash}{style.RatioJoin}{result.Denominator?.ToString(style.Numbers) ?? Dash}";
            return result.Percent is { } percent ? $"{ratio} · {percent.ToString("0.0", style.Numbers)} %" : ratio;
        }

        return result.Value.Kind switch
        {
            ResultValueKind.Flag => result.Value.Flag ? t.Yes : t.No,
            ResultValueKind.WholeNumber => ((long)result.Value.Number).ToString(style.Numbers),
            _ => Dash,
        };
    }

    /// <summary>A target as a person reads it: a whole number for a count, <c>≥ 75 %</c> (or <c>≤</c> when lower is better) for a share; empty without one.</summary>
    public static string Target(ReportCriterion criterion, ExactDecimal? target, NumberFormatInfo numbers) =>
        target is { } value ? CriterionKinds.Of(criterion.Kind).TargetText(value, criterion.LowerIsBetter, numbers) : "";

    /// <summary>The value as a number for a chart or a difference: a flag is 0 or 1; none without a value.</summary>
    public static double? Number(CriterionResult? result) => result?.Value.Kind switch
    {
        ResultValueKind.Flag => result.Value.Flag ? 1 : 0,
        ResultValueKind.WholeNumber or ResultValueKind.Fraction => result.Value.Number,
        _ => null,
    };

    /// <summary>
    /// Where a result stands among colleges, higher being better: its value, the value negated when lower is better,
    /// −|1 − value| for a match (best at a = b); null without a value or when its rule failed. A card's places and a
    /// chart's order both come from it.
    /// </summary>
    public static double? Standing(ReportCriterion criterion, CriterionResult? result) =>
        result is null || result.Status == ResultStatus.Error || Number(result) is not { } value ? null
        : criterion.Kind == CriterionKind.Match ? -Math.Abs(1 - value)
        : criterion.LowerIsBetter ? -value
        : value;

    /// <summary>The value as the contract writes it (<c>true</c>, <c>12</c>, <c>0.875</c>); empty without a value.</summary>
    public static string ContractValue(CriterionResult result) => result.Value.Kind == ResultValueKind.None ? "" : result.Value.ToString();

    /// <summary>The status as the contract names it: <c>met</c>, <c>notMet</c>, <c>noTarget</c>, <c>noData</c>, <c>error</c>.</summary>
    public static string ContractStatus(ResultStatus status) => ContractEnumConverter<ResultStatus>.NameOf(status);

    /// <summary>The title in a language.</summary>
    public static string Title(ReportCriterion criterion, ReportLanguage language) => language == ReportLanguage.En ? criterion.TitleEn : criterion.Title;
}
