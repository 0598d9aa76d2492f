namespace Kinora.Understand.Lexicon;

/// <summary>
/// Given names that say a person's sex ("Gwen Stacy reads a book" is a young woman reading). Only names that are not
/// also common English words (no "Rose", "Mark", "Bill", "Grace", "Will"), so a name is never mistaken for a thing
/// or a verb. The words are lower case, as the tokenizer gives them.
/// </summary>
public static class FirstNames
{
    private static readonly HashSet<string> Female =
    [
        "gwen", "gwendolyn", "mary", "anna", "emma", "olivia", "sophia", "isabella", "mia", "emily", "abigail", "elizabeth",
        "sarah", "jessica", "jennifer", "linda", "barbara", "susan", "karen", "nancy", "lisa", "margaret", "sandra",
        "ashley", "kimberly", "donna", "michelle", "laura", "rebecca", "sharon", "cynthia", "kathleen", "amy", "angela",
        "helen", "anne", "alice", "julia", "julie", "claire", "sophie", "chloe", "zoe", "lucy", "hannah", "natalie",
        "catherine", "kate", "katie", "diana", "wanda", "natasha", "peggy", "lois", "martha", "leia",
        "hermione", "elsa", "anya", "maria", "marie", "sofia", "elena", "irene", "nina", "ella", "ava", "amelia",
        "harriet", "jane", "janet", "joan", "judy", "wendy", "monica", "rachel", "phoebe", 
        "stacy", "tracy", "heather", "megan", "lauren", "taylor", "madison", "audrey", "marilyn", "cleopatra", "mona",
    ];

    private static readonly HashSet<string> Male =
    [
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher",
        "daniel", "matthew", "anthony", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian",
        "george", "edward", "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric",
        "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "frank",
        "alexander", "raymond", "patrick", "dennis", "peter", "harry", "henry", "oliver", "noah", "liam", "lucas",
        "ethan", "logan", "tony", "bruce", "clark", "steve", "luke", "anakin", "albert", "isaac",
        "napoleon", "elvis", "mario", "pedro", "carlos", "juan", "ahmed", "mohammed", "hiroshi", "ivan", "hans",
        "tim", "jim", "sam", "ben", "oscar", "hugo", "arthur", "walter", "fred",
    ];

    /// <summary>"female", "male", or null when the word is no given name.</summary>
    public static string? SexOf(string word) => Female.Contains(word) ? "female" : Male.Contains(word) ? "male" : null;
}
