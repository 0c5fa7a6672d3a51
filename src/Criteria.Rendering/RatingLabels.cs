namespace Criteria.Rendering;

/// <summary>The words of the rating and of a college's card, in Russian and English.</summary>
internal sealed record RatingLabels(
    string Rating, string Rank, string College, string Index, string Coverage, string NotRanked, string RankOf, string CollegeTarget,
    string RegionTarget, string OwnTargetNote, string Card, string Place, string PlaceOf, string Parts, string Weight, string Score,
    string Criteria, string RatingNote, string NoRating, string OwnFindings, string CohortWord, string RegionWord)
{
    public static RatingLabels For(ReportLanguage language) => language == ReportLanguage.En ? English : Russian;

    private static readonly RatingLabels Russian = new(
        "Рейтинг колледжей", "Место", "Колледж", "Индекс", "Покрытие", "вне рейтинга", "{0} из {1}", "цель колледжа",
        "цель региона", "* — собственная цель колледжа (collegeTargets); цель региона и статус по ней — в отчётах JSON и HTML.",
        "Карточка колледжа", "Место", "{0} из {1}", "Из чего сложился индекс", "Вес", "Балл",
        "Критерии", "Индекс — взвешенное среднее баллов по критериям (0–100); место — среди колледжей с покрытием не ниже {0} %.",
        "Рейтинг не рассчитывался (добавьте --rating или раздел rating в профиль).", "Замечания к данным колледжа", "когорта", "регион");

    private static readonly RatingLabels English = new(
        "College rating", "Rank", "College", "Index", "Coverage", "not ranked", "{0} of {1}", "college's target",
        "region's target", "* — the college's own target (collegeTargets); the region's target and its status are in the JSON and HTML reports.",
        "College card", "Place", "{0} of {1}", "What the index is made of", "Weight", "Score",
        "Criteria", "The index is the weighted mean of the criteria's scores (0–100); ranks among the colleges with a coverage of at least {0} %.",
        "No rating was computed (add --rating, or a rating section to the profile).", "The college's data-quality findings", "cohort", "region");
}
