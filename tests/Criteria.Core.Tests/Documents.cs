namespace Criteria.Core.Tests;

/// <summary>The smallest documents the tests start from.</summary>
internal static class Documents
{
    public const string Period = """{"start":"2022-09-01","end":"2023-08-31","cutoff":"2023-12-01"}""";

    /// <summary>The smallest valid dataset: a version and a period, nothing else.</summary>
    public const string Minimal = """{"schemaVersion":"1.0","period":""" + Period + "}";

    /// <summary>A minimal dataset with the given top-level members added after the period.</summary>
    public static string With(string members) => """{"schemaVersion":"1.0","period":""" + Period + "," + members + "}";

    /// <summary>A minimal dataset with one college c1 and one graduate whose body is given.</summary>
    public static string WithGraduate(string graduateMembers) =>
        With("""
             "colleges":[{"id":"c1"}],
             "graduates":[{"id":"g1","collegeId":"c1",
             """ + graduateMembers + "}]");

    /// <summary>A minimal dataset with one college whose members are given.</summary>
    public static string WithCollege(string collegeMembers) => With("""
                                                                    "colleges":[{"id":"c1",
                                                                    """ + collegeMembers + "}]");

    /// <summary>A minimal dataset with one college c1 and one event whose members are given.</summary>
    public static string WithEvent(string eventMembers) => With("""
                                                                "colleges":[{"id":"c1"}],
                                                                "events":[{"id":"ev1",
                                                                """ + eventMembers + "}]");

    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);
}
