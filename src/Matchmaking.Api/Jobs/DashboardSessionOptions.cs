using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Api.Jobs;

/// <summary>The short-lived cookie that lets an admin's browser open the Hangfire dashboard.</summary>
public sealed class DashboardSessionOptions
{
    public const string Section = "HangfireDashboard";

    /// <summary>How long the cookie (and the token inside it) is valid; it is not renewed while in use.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "08:00:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(15);

    [Required]
    public string CookieName { get; set; } = "mm_dashboard";
}
