using Criteria.Catalog;
using Criteria.Reporting;

namespace Criteria.Rendering;

/// <summary>The words of the reports for people, in Russian and English.</summary>
internal sealed record Labels(
    string Title, string Period, string Cutoff, string Catalog, string Colleges, string Summary, string Code, string Criterion,
    string Value, string Target, string Status, string Ranking, string RankingCut, string Cohort, string RegionValue, string Findings,
    string NoFindings, string FindingsCut, string Severity, string Where, string Problem, string Error, string Warning, string Yes, string No,
    string LowerIsBetter, string[] Cohorts, string[] Statuses)
{
    public static Labels For(ReportLanguage language) => language == ReportLanguage.En ? English : Russian;

    public string CohortName(Cohort cohort) => Cohorts[(int)cohort];

    public string StatusName(ResultStatus status) => Statuses[(int)status];

    private static readonly Labels Russian = new(
        "Критерии эффективности ЦСТВ", "период", "мониторинг на", "каталог", "колледжей", "Регион в целом", "Код", "Критерий",
        "Значение", "Цель", "Статус", "рейтинг колледжей", "Показаны {0} лучших и {0} последних из {1} колледжей.", "Когорта", "Регион",
        "Замечания к данным", "Замечаний к данным нет.", "Показаны первые {0} из {1}; все — в отчёте JSON.", "Уровень", "Где", "Что не так",
        "ошибка", "предупреждение", "да", "нет", "(чем меньше, тем лучше)",
        ["все", "инвалиды, дети-инвалиды, лица с ОВЗ", "инвалиды", "дети-инвалиды", "лица с ОВЗ"],
        ["выполнен", "не выполнен", "цель не задана", "нет данных", "ошибка правила"]);

    private static readonly Labels English = new(
        "Effectiveness criteria of employment assistance centres", "period", "monitoring on", "catalog", "colleges", "Region summary", "Code", "Criterion",
        "Value", "Target", "Status", "college ranking", "The {0} best and {0} last of {1} colleges are shown.", "Cohort", "Region",
        "Data-quality findings", "No data-quality findings.", "The first {0} of {1} are shown; all are in the JSON report.", "Severity", "Where", "Problem",
        "error", "warning", "yes", "no", "(lower is better)",
        ["all", "inclusive", "disabled", "disabled children", "limited health"],
        ["met", "not met", "no target", "no data", "rule error"]);
}
