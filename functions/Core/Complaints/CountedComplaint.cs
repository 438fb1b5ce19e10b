namespace IntegritySite.Core.Complaints;

/// <summary>All that statistics read of a complaint: the columns stored in clear for o31, and nothing else.</summary>
public sealed record CountedComplaint(string Category, string Status, DateOnly Submitted);
