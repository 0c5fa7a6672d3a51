using Criteria.Catalog;
using Criteria.Facts;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// What a good AIS developer would write instead of the library: one pass of plain loops over the
/// loaded records into arrays of counters (<see cref="GraduateCounters"/>, shared with the equal-work pass
/// <see cref="SameWorkPass"/>), every criterion and cohort at once, then the region roll-up, statuses
/// against the profile's targets. No LINQ, no pass per criterion, no rules engine.
/// It reads a dataset with data errors as lenient mode does (the first record of an id; records of a
/// college that does not exist left out). It exists to measure the library against, and is tested to
/// give the library's numbers, statuses and targets.
/// </summary>
public static class HandWrittenEvaluator
{
    /// <summary>Evaluates every criterion of the standard catalog for every college, cohort and the region.</summary>
    /// <param name="dataset">The loaded dataset.</param>
    /// <param name="profile">The profile; null for <see cref="EvaluationProfile.Default"/>.</param>
    /// <returns>The results, college by college, then the region's.</returns>
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

        // Graduates: the first record of each id, of a college that exists, into the shared counters.
        var counters = new GraduateCounters(colleges.Count, profile, period.Cutoff);
        for (var g = 0; g < graduates.Count; g++)
        {
            var graduate = graduates[g];
            if (graduateIndex[graduate.Id] != g || !collegeIndex.TryGetValue(graduate.CollegeId, out var c))
            {
                continue; // a later record of an id, or a graduate of a college that does not exist
            }

            var track = graduate.Ais.CareerTrack;
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

            var summary = new GraduateSummary
            {
                Health = graduate.Health,
                Status = graduate.Outcome.Status,
                Registered = graduate.Ais.Registered,
                TrackFormed = track is { Formed: true },
                TrackUpdated = track?.UpdatedOn is not null,
                TrackUpdatedDay = track?.UpdatedOn is { } updated ? updated.DayNumber : 0,
                TrackStatus = track?.Status,
                Attended = attended[g],
                YoungSpecialistEligible = graduate.YoungSpecialistEligible,
                RegionalMeasures = graduate.Support.RegionalMeasures,
                ResumeAndInterview = graduate.Support.ResumeAndInterview,
                PostedResumes = posted,
                CorrectResumes = correct,
                AtRisk = graduate.AtRisk,
                DiagnosticsRecommendation = graduate.Guidance.DiagnosticsRecommendation,
                Invited = graduate.VacancyInvitations >= 1,
                ByProfile = graduate.Outcome.ByProfile,
                DefenseEmployer = outcomeEmployer is { DefenseIndustry: true },
                HasContract = graduate.TargetedContract is not null,
                ContractEmployer = outcomeEmployer is not null && ReferenceEquals(outcomeEmployer, contractEmployer),
            };
            counters.Add(c, summary);
        }

        return Results(dataset, profile, counters, employersOf);
    }

    private static List<BaselineResult> Results(Dataset dataset, EvaluationProfile profile, GraduateCounters counters, HashSet<string>[] employersOf)
    {
        var colleges = dataset.Colleges;
        var results = new List<BaselineResult>(colleges.Count * 120);
        var cutoff = dataset.Period.Cutoff;
        var codes = GraduateCounters.Codes;

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
                var actual = counters.Contingent(c, cohort);
                var matchStatus = expected is null ? ResultStatus.NoData : actual == expected ? ResultStatus.Met : ResultStatus.NotMet;
                results.Add(new(college.Id, "5.1", cohort, actual, expected, matchStatus, null));
                spo1Actual[(int)cohort] += actual;
                spo1Expected[(int)cohort] += expected ?? 0;
                spo1Complete[(int)cohort] &= expected is not null;
                spo1NotMet[(int)cohort] |= matchStatus == ResultStatus.NotMet;
            }

            for (var i = 0; i < codes.Length; i++)
            {
                foreach (var cohort in Cohorts.Graduate)
                {
                    var n = counters.Numerator(c, i, cohort);
                    results.Add(codes[i] == "5.5"
                        ? Count(college.Id, "5.5", n, cohort == Cohort.All ? profile.Targets : null, cohort)
                        : Share(college.Id, codes[i], cohort, n, counters.Denominator(c, i, cohort), profile.Targets.TryGetValue(codes[i], out var t) ? t : null));
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

        for (var i = 0; i < codes.Length; i++)
        {
            foreach (var cohort in Cohorts.Graduate)
            {
                long n = 0, d = 0;
                for (var c = 0; c < colleges.Count; c++)
                {
                    n += counters.Numerator(c, i, cohort);
                    d += counters.Denominator(c, i, cohort);
                }

                var code = codes[i];
                results.Add(code == "5.5"
                    ? Count(null, code, n, cohort == Cohort.All ? profile.RegionTargets : null, cohort)
                    : Share(null, code, cohort, n, d, RegionTarget(code, profile)));
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

    private static ResultStatus Judge(long n, long d, ExactDecimal target, bool lowerIsBetter) =>
        TargetJudgement.Meets(n, d, target, lowerIsBetter) ? ResultStatus.Met : ResultStatus.NotMet;
}
