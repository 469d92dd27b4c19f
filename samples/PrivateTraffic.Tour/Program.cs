// The tour of PrivateTraffic.Core: run with `dotnet run --project samples/PrivateTraffic.Tour`.
// Each chapter shows one concept of private-traffic marketing with the source articles' own figures.
using PrivateTraffic.Tour;

TourChapters.Run();
