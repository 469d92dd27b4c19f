// Traffic costing: public traffic (公域流量) against private traffic (私域流量) in numbers.
// Run with `dotnet run --project samples/TrafficCosting`. Figures from the source articles are marked as such;
// every other figure (fees, conversion rates, capture costs) is an assumption you can change.
using TrafficCosting;

Sections.Channels();
Sections.DepartmentStoreFunnel();
Sections.TaobaoCac();
Sections.MallVersusPool();
Sections.Sensitivity();
