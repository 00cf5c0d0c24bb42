package io.newswire.synthetic;

import io.newswire.synthetic.StoryVocabulary.Topic;
import java.util.List;

/**
 * Story topics of the synthetic corpus. Placeholders in braces are filled by
 * {@link SyntheticNews}: {@code {city} {country} {adj} {capital} {other} {otheradj} {org}
 * {day} {n} {n2} {month}}.
 */
final class StoryTopics {
    private StoryTopics() {}

    static final Topic CEASEFIRE = new Topic(
            List.of("{adj} ceasefire talks stall as fighting flares near {city}",
                    "Envoys push for truce in {country} after {n} killed around {city}"),
            List.of("Talks on a ceasefire in {country} stalled on {day} as shelling around {city} killed at least"
                            + " {n} people, local officials and medics said, dimming hopes of a deal brokered by"
                            + " {org}.",
                    "Fighting flared again near the {adj} city of {city} on {day}, hours before envoys from"
                            + " {other} and {org} were due to meet in {capital} to discuss a truce."),
            List.of("We will not accept a truce that lets armed groups regroup and rearm",
                    "The humanitarian situation in {city} is catastrophic and it is getting worse every day",
                    "Our position has not changed: there can be no military solution to this conflict",
                    "We are ready to sign a ceasefire tomorrow if the other side stops attacking civilians"),
            List.of("More than {n2} people have fled the area since the start of {month}, according to figures"
                            + " compiled by {org}.",
                    "A previous truce agreed in {month} collapsed within days, with each side accusing the other"
                            + " of violations.",
                    "Aid convoys have not reached the eastern districts of {city} for {n} days, aid workers said."));

    static final Topic ELECTION = new Topic(
            List.of("{adj} opposition rejects early results of presidential vote",
                    "Turnout low as {country} votes in tense parliamentary election"),
            List.of("The main opposition alliance in {country} rejected early results of {day}'s election,"
                            + " saying its observers had recorded irregularities at {n} polling stations in {city}"
                            + " and the capital {capital}.",
                    "Voters in {country} went to the polls on {day} in an election seen as a test for the"
                            + " governing coalition, with turnout of about {n} percent by midday."),
            List.of("These figures do not reflect the will of the people and we will challenge them in court",
                    "The vote was calm, orderly and transparent, and the count will be completed by {day}",
                    "We call on all parties to respect the outcome and to settle disputes through legal channels"),
            List.of("Observers from {org} said they would publish a preliminary assessment on {day}.",
                    "The electoral commission has until the end of {month} to certify the final results.",
                    "Security forces deployed around {n2} officers in {capital} ahead of the vote."));

    static final Topic SANCTIONS = new Topic(
            List.of("{other} weighs new sanctions on {country} over missile tests",
                    "{adj} officials say sanctions will not change policy"),
            List.of("{other} is preparing new sanctions against {adj} banks and energy firms after a series of"
                            + " missile tests, officials in {capital} said on {day}.",
                    "Ministers from {org} will discuss further measures against {country} on {day}, diplomats"
                            + " said, as {other} pressed allies to tighten an existing asset freeze."),
            List.of("Sanctions have never changed our policy and they will not change it now",
                    "We are coordinating closely with our partners and all options remain on the table",
                    "These measures target those responsible, not the ordinary people of {country}"),
            List.of("Trade between {country} and {other} fell by {n} percent last year to about {n2} million"
                            + " dollars, according to customs data.",
                    "The existing measures, imposed in {month}, froze the assets of {n} individuals."));

    static final Topic DISASTER = new Topic(
            List.of("Floods kill {n} in {country}, thousands displaced",
                    "Rescuers search for survivors after earthquake near {city}"),
            List.of("Floods in the {adj} region around {city} have killed at least {n} people and forced more"
                            + " than {n2} from their homes, the interior ministry said on {day}.",
                    "Rescue teams dug through rubble in {city} on {day} after a strong earthquake struck before"
                            + " dawn, killing at least {n} people, according to local authorities."),
            List.of("Our teams are working around the clock but many roads are still cut off",
                    "We need tents, clean water and medicine urgently",
                    "The death toll is likely to rise as we reach the more remote villages"),
            List.of("{org} said it had released {n} million dollars from its emergency fund.",
                    "Neighbouring {other} sent {n} rescue workers and sniffer dogs to help the search.",
                    "Heavy rain is forecast to continue until the end of the week."));

    static final Topic ECONOMY = new Topic(
            List.of("{adj} central bank raises rates as inflation climbs",
                    "{country} and {other} sign trade deal worth {n2} million dollars"),
            List.of("The central bank of {country} raised its main interest rate by {n} basis points on {day},"
                            + " its third increase since {month}, as inflation climbed to a multi-year high.",
                    "{country} and {other} signed an agreement in {capital} on {day} to cut tariffs on farm goods"
                            + " and machinery, a deal officials said was worth about {n2} million dollars a year."),
            List.of("Price stability is our priority and we will act as needed to bring inflation down",
                    "This agreement will create jobs on both sides and open new markets for our farmers",
                    "Households are already feeling the pressure and the government must do more"),
            List.of("Inflation reached {n} percent in {month}, the statistics office said.",
                    "The currency has lost about {n} percent of its value against the dollar this year.",
                    "Economists polled last week had expected a smaller increase."));

    static final Topic SECURITY = new Topic(
            List.of("Gunmen attack army post near {city}, {n} soldiers killed",
                    "{adj} forces arrest {n} suspected militants in raids"),
            List.of("Gunmen attacked an army checkpoint near {city} in northern {country} late on {day},"
                            + " killing {n} soldiers, security sources said.",
                    "{adj} security forces arrested {n} suspected members of a militant cell in raids in {city}"
                            + " and {capital}, the interior ministry said on {day}."),
            List.of("Those responsible for this cowardly attack will be hunted down and brought to justice",
                    "The cell was planning attacks on public gatherings during the holidays",
                    "We have reinforced security on all the main roads leading to the city"),
            List.of("No group immediately claimed responsibility for the attack.",
                    "Militants have killed more than {n2} members of the security forces in the region since"
                            + " {month}, according to a count by rights groups.",
                    "{other} condemned the attack and offered to help with the investigation."));

    static final List<Topic> ALL = List.of(CEASEFIRE, ELECTION, SANCTIONS, DISASTER, ECONOMY, SECURITY);
}
