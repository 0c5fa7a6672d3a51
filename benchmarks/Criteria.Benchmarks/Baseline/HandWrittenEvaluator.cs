using System.Numerics;
using Criteria.Catalog;
using Criteria.Facts;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// What a good AIS developer would write instead of the library: one pass of plain loops over the
/// loaded records into arrays of counters, every criterion and cohort at once, then the region
/// roll-up, statuses against the profile's targets. No LINQ, no pass per criterion, no rules engine.
/// It reads a dataset with data errors as lenient mode does (the first record of an id; records of a
/// college that does not exist left out). It exists to measure the library against, and is tested to
/// give the library's numbers, statuses and targets.
/// </summary>
public static class HandWrittenEvaluator
{
    // The graduate-based shares and counts, in catalog order; each has a numerator and a denominator per cohort.
    private static readonly string[] GraduateCodes = ["2.1", "2.2", "3.1", "3.2", "3.4", "3.6", "3.7", "4.1", "4.2", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9", "5.10"];

    public static List<BaselineResult> Evaluate(Dataset dataset, EvaluationProfile? profile = null)
    {
        profile ??= EvaluationProfile.Default;
        var period = dataset.Period;
        var colleges = dataset.Colleges;
        var collegeIndex = new Dictionary<string, int>(colleges.Count, StringComparer.Ordinal);
        for (var c = 0; c < colleges.Count; c++)
        {
            collegeIndex.TryAdd(colleges[c].Id, c);
        }

        var statuses = Enum.GetValues<EmploymentStatus>().Length;
        var isEmployed = new bool[statuses];
        var isOutside = new bool[statuses];
        var isAtRisk = new bool[statuses];
        foreach (var s in profile.EmployedStatuses)
        {
            isEmployed[(int)s] = true;
        }

        foreach (var s in profile.OutsideLabourMarketStatuses)
        {
            isOutside[(int)s] = true;
        }

        foreach (var s in profile.AtRiskStatuses)
        {
            isAtRisk[(int)s] = true;
        }

        var employers = new Dictionary<string, Employer>(dataset.Employers.Count, StringComparer.Ordinal);
        foreach (var employer in dataset.Employers)
        {
            employers.TryAdd(employer.Id, employer);
        }

        var graduates = dataset.Graduates;
        var graduateIndex = new Dictionary<string, int>(graduates.Count, StringComparer.Ordinal);
        for (var g = 0; g < graduates.Count; g++)
        {
            graduateIndex.TryAdd(graduates[g].Id, g);
        }

        // Events: who attended what within the period, and each college's employers.
        var attended = new byte[graduates.Count]; // bit 1: master class, training, seminar; bit 2: job fair, career day, employer day
        var employersOf = new HashSet<string>[colleges.Count];
        for (var c = 0; c < colleges.Count; c++)
        {
            employersOf[c] = new HashSet<string>(StringComparer.Ordinal);
        }

        var eventIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var careerEvent in dataset.Events)
        {
            // the first event of an id, if its college exists
            if (!eventIds.Add(careerEvent.Id) || careerEvent.Date < period.Start || careerEvent.Date > period.End || !collegeIndex.TryGetValue(careerEvent.CollegeId, out var host))
            {
                continue;
            }

            foreach (var employer in careerEvent.EmployerIds)
            {
                if (employers.ContainsKey(employer))
                {
                    employersOf[host].Add(employer);
                }
            }

            byte bit = careerEvent.Kind switch
            {
                EventKind.MasterClass or EventKind.Training or EventKind.Seminar => 1,
                EventKind.JobFair or EventKind.CareerDay or EventKind.EmployerDay => 2,
                _ => 0,
            };
            if (bit == 0)
            {
                continue;
            }

            foreach (var participant in careerEvent.ParticipantIds)
            {
                if (graduateIndex.TryGetValue(participant, out var g))
                {
                    attended[g] |= bit;
                }
            }
        }

        // Graduates: [college, criterion, cohort, numerator|denominator].
        var k = GraduateCodes.Length;
        var counts = new long[colleges.Count * k * 5 * 2];
        var contingent = new long[colleges.Count * 5];
        var trackWindow = (long)period.Cutoff.DayNumber - profile.TrackFreshnessDays; // a window past year 1 is always fresh
        Span<int> n = stackalloc int[18];
        Span<int> d = stackalloc int[18];
        Span<bool> inCohort = stackalloc bool[5];
        for (var g = 0; g < graduates.Count; g++)
        {
            var graduate = graduates[g];
            if (graduateIndex[graduate.Id] != g || !collegeIndex.TryGetValue(graduate.CollegeId, out var c))
            {
                continue; // a later record of an id, or a graduate of a college that does not exist
            }

            var health = graduate.Health;
            inCohort[0] = true;
            inCohort[1] = health != HealthCategories.None;
            inCohort[2] = (health & HealthCategories.Disabled) != 0;
            inCohort[3] = (health & HealthCategories.DisabledChild) != 0;
            inCohort[4] = (health & HealthCategories.LimitedHealth) != 0;
            var status = graduate.Outcome.Status;
            var track = graduate.Ais.CareerTrack;
            var formed = track is { Formed: true };
            var employed = status == EmploymentStatus.Employed;
            var outcomeEmployer = graduate.Outcome.EmployerId is { } oe && employers.TryGetValue(oe, out var found) ? found : null;
            var contractEmployer = graduate.TargetedContract is { } tc && employers.TryGetValue(tc.EmployerId, out var contracted) ? contracted : null;
            int posted = 0, correct = 0;
            foreach (var resume in graduate.Resumes)
            {
                if (resume.PostedInAis)
                {
                    posted++;
                    correct += resume.Correct ? 1 : 0;
                }
            }

            var outside = isOutside[(int)status];
            var inEmployed = isEmployed[(int)status];

            // numerator, denominator of each graduate criterion, in GraduateCodes order
            n[0] = graduate.Ais.Registered ? 1 : 0; d[0] = 1;
            n[1] = formed ? 1 : 0; d[1] = 1;
            n[2] = (attended[g] & 1) != 0 ? 1 : 0; d[2] = 1;
            n[3] = (attended[g] & 2) != 0 ? 1 : 0; d[3] = 1;
            d[4] = graduate.YoungSpecialistEligible ? 1 : 0; n[4] = d[4] == 1 && graduate.Support.RegionalMeasures ? 1 : 0;
            n[5] = graduate.Support.ResumeAndInterview ? 1 : 0; d[5] = 1;
            n[6] = correct; d[6] = posted;
            d[7] = graduate.AtRisk ? 1 : 0; n[7] = d[7] == 1 && graduate.Guidance.DiagnosticsRecommendation ? 1 : 0;
            d[8] = graduate.AtRisk ? 1 : 0; n[8] = d[8] == 1 && graduate.VacancyInvitations >= 1 ? 1 : 0;
            d[9] = formed ? 1 : 0;
            n[9] = formed && track!.UpdatedOn is { } updated && updated.DayNumber >= trackWindow && (track.Status is null || track.Status == status) ? 1 : 0;
            d[10] = outside ? 0 : 1; n[10] = !outside && inEmployed && graduate.Outcome.ByProfile ? 1 : 0;
            n[11] = employed ? 1 : 0; d[11] = 1;
            n[12] = employed && outcomeEmployer is { DefenseIndustry: true } ? 1 : 0; d[12] = 0;
            d[13] = graduate.TargetedContract is null ? 0 : 1;
            n[13] = d[13] == 1 && employed && outcomeEmployer is not null && ReferenceEquals(outcomeEmployer, contractEmployer) ? 1 : 0;
            n[14] = status == EmploymentStatus.Entrepreneur ? 1 : 0; d[14] = 1;
            n[15] = status == EmploymentStatus.SelfEmployed ? 1 : 0; d[15] = 1;
            n[16] = isAtRisk[(int)status] ? 1 : 0; d[16] = 1;
            n[17] = status == EmploymentStatus.RegisteredUnemployed ? 1 : 0; d[17] = 1;

            for (var cohort = 0; cohort < 5; cohort++)
            {
                if (!inCohort[cohort])
                {
                    continue;
                }

                contingent[(c * 5) + cohort]++;
                for (var i = 0; i < k; i++)
                {
                    var at = ((((c * k) + i) * 5) + cohort) * 2;
                    counts[at] += n[i];
                    counts[at + 1] += d[i];
                }
            }
        }

        return Results(dataset, profile, counts, contingent, employersOf);
    }

    private static List<BaselineResult> Results(Dataset dataset, EvaluationProfile profile, long[] counts, long[] contingent, HashSet<string>[] employersOf)
    {
        var colleges = dataset.Colleges;
        var results = new List<BaselineResult>(colleges.Count * 120);
        var cutoff = dataset.Period.Cutoff;
        var k = GraduateCodes.Length;

        // College-level criteria (the first college of an id; a later one is left out, as lenient mode does).
        long kept = 0, plans = 0, checklists = 0, chats = 0, banks = 0;
        var spo1Actual = new long[5];
        var spo1Expected = new long[5];
        var spo1Complete = new[] { true, true, true, true, true };
        var spo1NotMet = new bool[5];
        var firstOfId = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < colleges.Count; c++)
        {
            var college = colleges[c];
            if (!firstOfId.Add(college.Id))
            {
                continue;
            }

            kept++;
            var plan = college.WorkPlan is { Approved: true, ContainsCriteria: true } p && !string.IsNullOrEmpty(p.Url);
            var present = 0;
            foreach (var item in profile.WebsiteChecklist)
            {
                present += college.WebsiteSection?.IsChecked(item) == true ? 1 : 0;
            }

            var chat = false;
            foreach (var messenger in college.MessengerChats)
            {
                chat |= messenger.Members >= 1 && messenger.LastActivity is { } active && active.DayNumber >= (long)cutoff.DayNumber - profile.ChatActivityDays;
            }

            var bank = college.VacancyBank is { PartnerVacancies: >= 1 } b && !string.IsNullOrEmpty(b.Url) && b.UpdatedOn is { } updatedOn && updatedOn.DayNumber >= (long)cutoff.DayNumber - profile.VacancyFreshnessDays;
            var required = profile.WebsiteChecklist.Count;
            var checklistMet = required > 0 && present == required;
            results.Add(new(college.Id, "1.1", Cohort.All, plan ? 1 : 0, null, plan ? ResultStatus.Met : ResultStatus.NotMet, null));
            results.Add(new(college.Id, "1.2", Cohort.All, present, required, checklistMet ? ResultStatus.Met : ResultStatus.NotMet, null));
            results.Add(new(college.Id, "1.3", Cohort.All, chat ? 1 : 0, null, chat ? ResultStatus.Met : ResultStatus.NotMet, null));
            results.Add(Count(college.Id, "3.3", employersOf[c].Count, profile.Targets));
            results.Add(new(college.Id, "3.5", Cohort.All, bank ? 1 : 0, null, bank ? ResultStatus.Met : ResultStatus.NotMet, null));
            plans += plan ? 1 : 0;
            checklists += checklistMet ? 1 : 0;
            chats += chat ? 1 : 0;
            banks += bank ? 1 : 0;
            foreach (var cohort in Cohorts.Spo1)
            {
                long? expected = college.Spo1 is not { } spo1 ? null : cohort switch
                {
                    Cohort.All => spo1.Total,
                    Cohort.Disabled => spo1.Disabled,
                    Cohort.DisabledChild => spo1.DisabledChild,
                    _ => spo1.LimitedHealth,
                };
                var actual = contingent[(c * 5) + (int)cohort];
                var matchStatus = expected is null ? ResultStatus.NoData : actual == expected ? ResultStatus.Met : ResultStatus.NotMet;
                results.Add(new(college.Id, "5.1", cohort, actual, expected, matchStatus, null));
                spo1Actual[(int)cohort] += actual;
                spo1Expected[(int)cohort] += expected ?? 0;
                spo1Complete[(int)cohort] &= expected is not null;
                spo1NotMet[(int)cohort] |= matchStatus == ResultStatus.NotMet;
            }

            for (var i = 0; i < k; i++)
            {
                for (var cohort = 0; cohort < 5; cohort++)
                {
                    var at = ((((c * k) + i) * 5) + cohort) * 2;
                    results.Add(GraduateCodes[i] == "5.5"
                        ? Count(college.Id, "5.5", counts[at], cohort == 0 ? profile.Targets : null, (Cohort)cohort)
                        : Share(college.Id, GraduateCodes[i], (Cohort)cohort, counts[at], counts[at + 1], profile.Targets.TryGetValue(GraduateCodes[i], out var t) ? t : null));
                }
            }
        }

        // The region: Σ numerators ÷ Σ denominators; colleges met for presence and checklist; distinct employers.
        results.Add(Colleges("1.1", plans, kept, profile));
        results.Add(Colleges("1.2", checklists, kept, profile));
        results.Add(Colleges("1.3", chats, kept, profile));
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in employersOf)
        {
            distinct.UnionWith(set);
        }

        results.Add(Count(null, "3.3", distinct.Count, profile.RegionTargets));
        results.Add(Colleges("3.5", banks, kept, profile));
        foreach (var cohort in Cohorts.Spo1)
        {
            var i = (int)cohort;
            var status = spo1NotMet[i] ? ResultStatus.NotMet : !spo1Complete[i] ? ResultStatus.NoData : ResultStatus.Met;
            results.Add(new(null, "5.1", cohort, spo1Actual[i], spo1Complete[i] ? spo1Expected[i] : null, status, null));
        }

        for (var i = 0; i < k; i++)
        {
            for (var cohort = 0; cohort < 5; cohort++)
            {
                long n = 0, d = 0;
                for (var c = 0; c < colleges.Count; c++)
                {
                    var at = ((((c * k) + i) * 5) + cohort) * 2;
                    n += counts[at];
                    d += counts[at + 1];
                }

                var code = GraduateCodes[i];
                results.Add(code == "5.5"
                    ? Count(null, code, n, cohort == 0 ? profile.RegionTargets : null, (Cohort)cohort)
                    : Share(null, code, (Cohort)cohort, n, d, RegionTarget(code, profile)));
            }
        }

        return results;
    }

    private static ExactDecimal? RegionTarget(string code, EvaluationProfile profile) =>
        profile.RegionTargets.TryGetValue(code, out var region) ? region : profile.Targets.TryGetValue(code, out var target) ? target : null;

    private static BaselineResult Share(string? college, string code, Cohort cohort, long n, long d, ExactDecimal? target) =>
        new(college, code, cohort, n, d, d == 0 ? ResultStatus.NoData : target is { } t ? Judge(n, d, t, code is "5.9" or "5.10") : ResultStatus.NoTarget, target);

    private static BaselineResult Count(string? college, string code, long value, IReadOnlyDictionary<string, ExactDecimal>? targets, Cohort cohort = Cohort.All)
    {
        ExactDecimal? target = targets is not null && targets.TryGetValue(code, out var t) ? t : null;
        return new(college, code, cohort, value, null, target is { } ct ? Judge(value, 1, ct, lowerIsBetter: false) : ResultStatus.NoTarget, target);
    }

    private static BaselineResult Colleges(string code, long met, long colleges, EvaluationProfile profile)
    {
        var target = RegionTarget(code, profile);
        var status = colleges == 0 ? ResultStatus.NoData : target is { } t ? Judge(met, colleges, t, lowerIsBetter: false) : ResultStatus.NoTarget;
        return new(null, code, Cohort.All, met, colleges, status, target);
    }

    /// <summary>n ÷ d against the exact target m ÷ 10^s, in whole numbers: 10^s·n ≥ m·d (≤ when lower is better).</summary>
    private static ResultStatus Judge(long n, long d, ExactDecimal target, bool lowerIsBetter)
    {
        var left = n * BigInteger.Pow(10, target.Scale);
        var right = target.Significand * d;
        return (lowerIsBetter ? left <= right : left >= right) ? ResultStatus.Met : ResultStatus.NotMet;
    }
}
