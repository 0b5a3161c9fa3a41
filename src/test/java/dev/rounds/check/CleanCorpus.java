package dev.rounds.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic generator of clean clinical blog posts, in the manner of the benchmark's
 * gen-corpus.py (the same vocabulary, headings, lists, tables, code and links), with the
 * look-alike numbers that real clinical writing is full of: doses, results, years, prices, times,
 * versions, DOIs, PMIDs, ISBNs, helplines, drama phone numbers and reference numbers in URLs.
 */
final class CleanCorpus {
    private static final String[] NOUNS = ("patient patients clinic clinician nurse nurses doctor physician ward hospital practice "
            + "pharmacist pharmacy dose doses medication medicine treatment therapy diagnosis symptom symptoms condition outcome "
            + "outcomes trial study evidence guideline guidelines protocol care carer carers family community service services "
            + "team teams appointment referral assessment screening test tests result results risk risks benefit benefits blood "
            + "pressure glucose insulin vaccine vaccines infection infections antibiotic antibiotics wound injury recovery "
            + "rehabilitation exercise diet nutrition sleep stress anxiety depression wellbeing record records data system systems "
            + "policy budget staff workforce shift training education audit quality safety incident error review plan pathway "
            + "discharge admission consultation follow-up monitoring device devices sensor prescription chart region population "
            + "cohort sample rate rates measure measures target targets program programme intervention support resource resources "
            + "waiting list capacity demand access equity cost costs").split(" ");
    private static final String[] VERBS = ("improves reduces supports requires suggests shows increases lowers affects prevents "
            + "delays enables changes guides informs measures tracks reviews manages treats monitors assesses protects helps limits "
            + "shapes predicts explains describes highlights confirms challenges encourages").split(" ");
    private static final String[] ADJECTIVES = ("clinical chronic acute early late safe effective routine complex simple regular "
            + "frequent rare common local national regional primary secondary digital remote careful accurate timely consistent "
            + "practical elderly young vulnerable high low modest significant reliable preventive integrated multidisciplinary "
            + "evidence-based person-centred outpatient inpatient community-based structured").split(" ");
    private static final String[] CONNECTORS = {"However", "Moreover", "In practice", "In addition", "For example",
        "As a result", "In many cases", "At the same time", "On the other hand", "Overall", "Importantly", "Meanwhile"};
    private static final String[] HEADINGS = {"Background", "Why it matters", "What the evidence says", "Practical steps",
        "Common pitfalls", "Working with patients", "Team considerations", "Measuring success", "Costs and benefits",
        "Looking ahead", "Key takeaways", "A case from the ward", "Questions to ask", "Training and education",
        "Data and monitoring", "Risks to watch", "Community perspective", "Policy context"};
    private static final String[] HOSTS = {"https://www.nhs.uk/", "https://www.who.int/", "https://www.nice.org.uk/",
        "https://guides.example.net/", "https://www.cdc.gov/", "https://pubmed.ncbi.nlm.nih.gov/"};
    private static final String[] CODE = {
        "```python\ndef bmi(weight_kg, height_m):\n    return round(weight_kg / height_m ** 2, 1)\n\nprint(bmi(72, 1.78))\n```",
        "```sql\nSELECT ward, COUNT(*) AS admissions\nFROM admissions\nWHERE admitted_at >= '2023-01-01'\nGROUP BY ward\nORDER BY admissions DESC;\n```",
        "```json\n{\n  \"patientId\": \"P-1042\",\n  \"observations\": [\n    {\"code\": \"glucose\", \"value\": 6.1, \"unit\": \"mmol/L\"}\n  ]\n}\n```",
        "```bash\n# export anonymised audit data\ncsvcut -c ward,date,score audit.csv > audit-small.csv\nwc -l audit-small.csv\n```",
        "```yaml\nclinic:\n  name: Riverside Practice\n  sessions: 12\n  staff:\n    - nurse\n    - pharmacist\n```",
    };
    /** Clinical sentences full of numbers that are not identifiers. */
    private static final String[] LOOK_ALIKES = {
        "Metformin 500 mg twice a day is the usual starting dose, rising to 1 g twice a day.",
        "An HbA1c of 48 mmol/mol (6.5%) or above on two tests confirms type 2 diabetes.",
        "Her blood pressure was 138/86 mmHg and her eGFR 58 mL/min/1.73m2 at the clinic.",
        "The clinic runs from 09:00 to 12:30 and from 13:30 to 17:00, Monday to Friday.",
        "In 2019, 2020 and 2021 the waiting list grew by 12,345 people.",
        "Each sensor costs about £35, and a year of them about £1,200.",
        "The app reached version 2.10.3 in March, and 3.0 in 2024.",
        "See doi:10.1056/NEJMoa2034577 and PMID 31415926 for the trial.",
        "The textbook (ISBN 978-0-19-873948-7; ISBN-10 0198739486) covers it well.",
        "For urgent advice call NHS 111; in an emergency call 999.",
        "The Diabetes UK helpline is on 0345 123 2399, Monday to Friday.",
        "In the drama, the nurse rang 07700 900461 and then 0161 496 0018.",
        "The report is at https://www.example.org/reports/2024/4505577104/summary and worth reading.",
        "Trial NCT01234567 enrolled 1,024 patients between 2019 and 2022.",
        "About 4.3 million people in the UK live with diabetes, and 850,000 more may not know it.",
        "A target of 4 to 7 mmol/L before meals suits most people with type 1 diabetes.",
        "Give 15 to 20 g of fast-acting sugar, then recheck after 15 minutes.",
        "The NHS was born on 5 July 1948, with hospitals, doctors and nurses under one roof.",
        "Insulin is more than 100 years old: it was first used on 11 January 1922.",
        "People aged 90 and over are the fastest-growing group in the population.",
        "We presented our audit at the regional meeting on 14 March 2025.",
        "Use the postcode checker on the NHS website to find your nearest pharmacy.",
        "Ketones above 1.5 mmol/L need action; above 3.0 mmol/L go to A&E.",
        "Retinal screening is offered every 1 to 2 years from the age of 12.",
        "Room 101, bay 4, bed 12: the ward layout changed in 2023.",
    };

    private final Random random;

    CleanCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Posts as (front matter, body) pairs. */
    List<String[]> posts(int count) {
        List<String[]> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = sentence(4, 8, false);
            String frontMatter = "title: \"" + title.substring(0, title.length() - 1) + "\"\n"
                    + "date: 20" + (20 + random.nextInt(5)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T09:30:00Z\n"
                    + "tags: [diabetes, nursing]\n"
                    + "summary: \"" + sentence(10, 18, false) + "\"\n";
            posts.add(new String[] {frontMatter, body()});
        }
        return posts;
    }

    private String body() {
        StringBuilder body = new StringBuilder(paragraph());
        int words = 0;
        int target = 500 + random.nextInt(400);
        boolean table = random.nextDouble() < 0.35;
        boolean code = random.nextDouble() < 0.3;
        while (words < target) {
            if (random.nextDouble() < 0.3) {
                body.append("\n\n## ").append(HEADINGS[random.nextInt(HEADINGS.length)]);
            }
            double x = random.nextDouble();
            String block;
            if (x < 0.45) {
                block = paragraph();
            } else if (x < 0.6) {
                block = list(false);
            } else if (x < 0.7) {
                block = list(true);
            } else if (x < 0.8) {
                block = "> " + sentence(10, 20, true) + "\n> " + sentence(6, 12, true);
            } else if (table) {
                block = table();
                table = false;
            } else if (code) {
                block = CODE[random.nextInt(CODE.length)];
                code = false;
            } else {
                block = LOOK_ALIKES[random.nextInt(LOOK_ALIKES.length)] + " " + paragraph();
            }
            body.append("\n\n").append(block);
            words += block.split("\\s+").length;
        }
        return body.append('\n').toString();
    }

    private String paragraph() {
        StringBuilder paragraph = new StringBuilder();
        int sentences = 3 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            paragraph.append(i == 0 ? "" : " ").append(random.nextDouble() < 0.15
                    ? LOOK_ALIKES[random.nextInt(LOOK_ALIKES.length)] : sentence(8, 18, true));
        }
        return paragraph.toString();
    }

    private String list(boolean numbered) {
        StringBuilder list = new StringBuilder();
        int items = 3 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            list.append(i == 0 ? "" : "\n").append(numbered ? (i + 1) + ". " : "- ").append(sentence(4, 10, true));
        }
        return list.toString();
    }

    private String table() {
        StringBuilder table = new StringBuilder("| Measure | Baseline | After | Change |\n|---|---:|---:|---:|");
        int rows = 3 + random.nextInt(4);
        for (int i = 0; i < rows; i++) {
            int a = 20 + random.nextInt(70);
            int b = a + random.nextInt(31) - 15;
            table.append("\n| ").append(pick(ADJECTIVES)).append(' ').append(pick(NOUNS)).append(" | ").append(a).append("% | ")
                    .append(b).append("% | ").append(b - a >= 0 ? "+" : "").append(b - a).append(" |");
        }
        return table.toString();
    }

    private String sentence(int low, int high, boolean fancy) {
        int n = low + random.nextInt(high - low + 1);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int pool = random.nextInt(6);
            words.add(pool == 1 ? pick(VERBS) : pool == 2 || pool == 4 ? pick(ADJECTIVES) : pick(NOUNS));
        }
        if (fancy) {
            double x = random.nextDouble();
            int i = random.nextInt(Math.max(1, n - 2));
            if (x < 0.12) {
                words.set(i, "*" + words.get(i) + "*");
            } else if (x < 0.22) {
                words.set(i, "**" + words.get(i) + "**");
            } else if (x < 0.32) {
                String url = pick(HOSTS) + words.get(i) + "-" + (1 + random.nextInt(999));
                words.set(i, "[" + words.get(i) + " " + words.get(i + 1) + "](" + url + ")");
                words.remove(i + 1);
            }
        }
        String text = String.join(" ", words);
        if (random.nextDouble() < 0.2) {
            text = pick(CONNECTORS) + ", " + text;
        } else if (Character.isLetter(text.charAt(0))) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return text + ".";
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
