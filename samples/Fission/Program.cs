// Fission (裂变): the free-lesson campaign of article 002 ("share with 2 friends, hear one lesson free") simulated,
// run through a campaign with its budget and rules, and set against buying the same members on Taobao.
// Run with `dotnet run --project samples/Fission`. The one figure from the articles is "2 friends" (article 002),
// and Taobao's CAC (article 003); every other number is printed as "assumed: ..." and set in FreeLesson.cs.
using Fission;

FreeLesson.Assumptions();
FreeLesson.GrowthCurve();
FreeLesson.CampaignAgainstTaobao();
FreeLesson.Checklist();
