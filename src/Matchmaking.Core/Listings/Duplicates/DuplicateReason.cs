using System.ComponentModel;

namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>Why two listings look like the same thing.</summary>
public enum DuplicateReason
{
    [Description("The same patent or registration number (专利号相同).")] SamePatentNumber,
    [Description("Nearly the same title, text and keywords (文本高度相似).")] SimilarText,
    [Description("Experts with the same name at the same institution (同名同单位).")] SameNameAndInstitution,
    [Description("Experts with the same phone number or e-mail address (联系方式相同).")] SameContact,
}
