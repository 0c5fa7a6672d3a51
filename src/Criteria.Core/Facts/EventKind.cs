namespace Criteria.Facts;

/// <summary>The kind of a mass event held by a college's ЦСТВ.</summary>
public enum EventKind
{
    /// <summary>A master class (мастер-класс). JSON: <c>masterClass</c>.</summary>
    MasterClass,

    /// <summary>A training (тренинг). JSON: <c>training</c>.</summary>
    Training,

    /// <summary>A seminar (семинар). JSON: <c>seminar</c>.</summary>
    Seminar,

    /// <summary>A job fair (ярмарка вакансий). JSON: <c>jobFair</c>.</summary>
    JobFair,

    /// <summary>A career day (день карьеры). JSON: <c>careerDay</c>.</summary>
    CareerDay,

    /// <summary>An employer's day (день работодателя). JSON: <c>employerDay</c>.</summary>
    EmployerDay,

    /// <summary>Any other event. JSON: <c>other</c>.</summary>
    Other,
}
