package io.newswire.synthetic;

import java.util.List;

/**
 * Word lists of the synthetic corpus: countries across regions with their capitals and cities,
 * people by naming tradition, official titles, and story topics. Written for the benchmark.
 */
final class StoryVocabulary {
    private StoryVocabulary() {}

    /** A country, how a wire story names it and its people, and places to set a story in. */
    record Country(String name, String adjective, String capital, List<String> cities, Names names) {}

    /** First and family names of one naming tradition. */
    record Names(List<String> first, List<String> family) {}

    /** What a story is about: headlines, leads, quotes and background that fit together. */
    record Topic(List<String> headlines, List<String> leads, List<String> quotes, List<String> background) {}

    static final Names ARABIC = new Names(
            List.of("Ahmed", "Khaled", "Samir", "Walid", "Faisal", "Nabil", "Rania", "Leila", "Yousef", "Omar"),
            List.of("Haddad", "Mansour", "al-Khatib", "Nasser", "Saleh", "Qassem", "Darwish", "al-Masri"));
    static final Names SLAVIC = new Names(
            List.of("Sergei", "Dmitry", "Olena", "Andriy", "Irina", "Pavel", "Mykola", "Natalia", "Viktor"),
            List.of("Ivanov", "Kovalenko", "Petrov", "Shevchuk", "Morozov", "Bondarenko", "Volkov", "Tkachenko"));
    static final Names WESTERN = new Names(
            List.of("John", "Catherine", "Michael", "Anne", "Thomas", "Sarah", "Pierre", "Klaus", "Maria", "James"),
            List.of("Miller", "Dubois", "Schneider", "Bennett", "Rossi", "Clarke", "Lambert", "Fischer", "Walsh"));
    static final Names EAST_ASIAN = new Names(
            List.of("Wei", "Hiroshi", "Min-jun", "Li", "Kenji", "Ji-woo", "Yuki", "Jun"),
            List.of("Zhang", "Tanaka", "Kim", "Wang", "Sato", "Park", "Chen", "Yamamoto"));
    static final Names AFRICAN = new Names(
            List.of("Amina", "Kwame", "Ngozi", "Tesfaye", "Moussa", "Wanjiru", "Abdi", "Chidi", "Fatou"),
            List.of("Okafor", "Mensah", "Kiplagat", "Diallo", "Abebe", "Mwangi", "Traore", "Osei"));
    static final Names LATIN = new Names(
            List.of("Carlos", "Lucia", "Alejandro", "Gabriela", "Jorge", "Valentina", "Diego", "Fernanda"),
            List.of("Gonzalez", "Ramirez", "Herrera", "Castillo", "Morales", "Vargas", "Silva", "Mendoza"));

    static final List<Country> COUNTRIES = List.of(
            new Country("Syria", "Syrian", "Damascus", List.of("Aleppo", "Homs", "Idlib", "Deir al-Zor"), ARABIC),
            new Country("Iraq", "Iraqi", "Baghdad", List.of("Mosul", "Basra", "Kirkuk", "Falluja"), ARABIC),
            new Country("Lebanon", "Lebanese", "Beirut", List.of("Tripoli", "Sidon", "Tyre"), ARABIC),
            new Country("Egypt", "Egyptian", "Cairo", List.of("Alexandria", "Port Said", "Aswan"), ARABIC),
            new Country("Libya", "Libyan", "Tripoli", List.of("Benghazi", "Misrata", "Sirte"), ARABIC),
            new Country("Yemen", "Yemeni", "Sanaa", List.of("Aden", "Hodeidah", "Taiz"), ARABIC),
            new Country("Jordan", "Jordanian", "Amman", List.of("Zarqa", "Irbid", "Aqaba"), ARABIC),
            new Country("Russia", "Russian", "Moscow", List.of("St Petersburg", "Kazan", "Novosibirsk"), SLAVIC),
            new Country("Ukraine", "Ukrainian", "Kiev", List.of("Kharkiv", "Odessa", "Donetsk", "Lviv"), SLAVIC),
            new Country("Poland", "Polish", "Warsaw", List.of("Krakow", "Gdansk", "Wroclaw"), SLAVIC),
            new Country("France", "French", "Paris", List.of("Marseille", "Lyon", "Toulouse"), WESTERN),
            new Country("Germany", "German", "Berlin", List.of("Munich", "Hamburg", "Frankfurt"), WESTERN),
            new Country("Italy", "Italian", "Rome", List.of("Milan", "Naples", "Palermo"), WESTERN),
            new Country("Britain", "British", "London", List.of("Manchester", "Birmingham", "Glasgow"), WESTERN),
            new Country("United States", "U.S.", "Washington", List.of("New York", "Chicago", "Houston"), WESTERN),
            new Country("China", "Chinese", "Beijing", List.of("Shanghai", "Guangzhou", "Wuhan"), EAST_ASIAN),
            new Country("Japan", "Japanese", "Tokyo", List.of("Osaka", "Yokohama", "Fukuoka"), EAST_ASIAN),
            new Country("South Korea", "South Korean", "Seoul", List.of("Busan", "Incheon", "Daegu"), EAST_ASIAN),
            new Country("Nigeria", "Nigerian", "Abuja", List.of("Lagos", "Kano", "Maiduguri"), AFRICAN),
            new Country("Kenya", "Kenyan", "Nairobi", List.of("Mombasa", "Kisumu", "Garissa"), AFRICAN),
            new Country("Ethiopia", "Ethiopian", "Addis Ababa", List.of("Mekelle", "Gondar", "Dire Dawa"), AFRICAN),
            new Country("Mali", "Malian", "Bamako", List.of("Timbuktu", "Gao", "Mopti"), AFRICAN),
            new Country("Brazil", "Brazilian", "Brasilia", List.of("Sao Paulo", "Rio de Janeiro", "Recife"), LATIN),
            new Country("Mexico", "Mexican", "Mexico City", List.of("Guadalajara", "Monterrey", "Tijuana"), LATIN),
            new Country("Colombia", "Colombian", "Bogota", List.of("Medellin", "Cali", "Cartagena"), LATIN),
            new Country("Venezuela", "Venezuelan", "Caracas", List.of("Maracaibo", "Valencia"), LATIN));

    static final List<String> TITLES = List.of(
            "Foreign Minister", "Defence Minister", "Prime Minister", "President", "Interior Minister",
            "Finance Minister", "Deputy Foreign Minister", "Energy Minister", "Health Minister", "army spokesman");

    static final List<String> ANONYMOUS = List.of(
            "a senior official who spoke on condition of anonymity",
            "a diplomat familiar with the talks, who asked not to be named",
            "a government source, who declined to be identified because he was not authorised to speak to the media",
            "two security officials, speaking on condition of anonymity");

    static final List<String> ORGANISATIONS = List.of(
            "the United Nations", "the European Union", "the African Union", "the International Monetary Fund",
            "the World Health Organization", "the Red Cross", "NATO", "the Arab League");

    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    static final List<String> MONTHS = List.of("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
            "Sept.", "Oct.", "Nov.", "Dec.");

    static final List<String> AGENCIES = List.of("Newswire", "Newswire Desk", "NW Agency");

    static List<Topic> topics() {
        return StoryTopics.ALL;
    }
}
