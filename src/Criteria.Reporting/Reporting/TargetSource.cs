namespace Criteria.Reporting;

/// <summary>Where a result's target came from (docs/profile.md, "A college's own targets").</summary>
public enum TargetSource
{
    /// <summary>The profile's region-wide <c>targets</c> (or <c>regionTargets</c> for the region). Not written in JSON.</summary>
    Profile,

    /// <summary>The college's own target, from the profile's <c>collegeTargets</c>. JSON: <c>"targetSource": "college"</c>.</summary>
    College,
}
