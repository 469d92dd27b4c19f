// Traffic costing: public traffic (公域流量) against private traffic (私域流量) in numbers.
// Run with `dotnet run --project samples/TrafficCosting`. Figures from the source articles are printed as
// "article 00x: ..."; every other figure (fees, conversion rates, staff, capture gift, horizon) is printed as
// "assumed: ..." and set in WorkedExample.cs, where you can change it.
using TrafficCosting;

Sections.Channels();
Sections.DepartmentStoreFunnel();
Sections.TaobaoCac();
Sections.SupermarketVersusPool();
Sections.Sensitivity();
