// The lesson networks (content/networks/<name>.json) that network questions may reference by name. Imported
// statically so instantiating a question needs no file system (it runs wherever the engine runs). A question
// naming a network missing here is refused by the question-bank test.
import lesson03 from "@/content/networks/lesson-03-internet-gateways.json";
import lesson04 from "@/content/networks/lesson-04-route-tables.json";
import lesson05 from "@/content/networks/lesson-05-nat-gateways.json";
import lesson06 from "@/content/networks/lesson-06-security-groups-nacls.json";
import lesson07Peering from "@/content/networks/lesson-07-peering.json";
import lesson07TransitGateway from "@/content/networks/lesson-07-transit-gateway.json";
import lesson08Gateway from "@/content/networks/lesson-08-gateway-endpoint.json";
import lesson08PrivateLink from "@/content/networks/lesson-08-privatelink.json";
import lesson09SiteToSiteVpn from "@/content/networks/lesson-09-site-to-site-vpn.json";
import lesson09TransitHybrid from "@/content/networks/lesson-09-transit-hybrid.json";
import lesson10Troubleshooting from "@/content/networks/lesson-10-troubleshooting.json";
import peering from "@/content/networks/lesson-peering.json";
import publicPrivate from "@/content/networks/lesson-public-private.json";

export const QUESTION_NETWORKS: Readonly<Record<string, Record<string, unknown>>> = {
  "lesson-03-internet-gateways": lesson03,
  "lesson-04-route-tables": lesson04,
  "lesson-05-nat-gateways": lesson05,
  "lesson-06-security-groups-nacls": lesson06,
  "lesson-07-peering": lesson07Peering,
  "lesson-07-transit-gateway": lesson07TransitGateway,
  "lesson-08-gateway-endpoint": lesson08Gateway,
  "lesson-08-privatelink": lesson08PrivateLink,
  "lesson-09-site-to-site-vpn": lesson09SiteToSiteVpn,
  "lesson-09-transit-hybrid": lesson09TransitHybrid,
  "lesson-10-troubleshooting": lesson10Troubleshooting,
  "lesson-peering": peering,
  "lesson-public-private": publicPrivate,
};
