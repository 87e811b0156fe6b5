package dev.sosik.engagement;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reduces a comment to a canonical sequence of Korean units, so that the many spellings of one word meet one form:
 * a unit is a Hangul syllable, a lone jamo (ㅅ, ㅂ, ㅗ), a Latin letter, a digit or another letter. Each unit keeps
 * the span of the original text it came from, so that a match can be shown to the reader as they typed it.
 *
 * <p>The steps, in order: NFKC per character (full-width and half-width forms), invisible characters dropped
 * (zero-width, joiners, combining marks, Hangul fillers), lower case, loose jamo composed into syllables the way a
 * Korean keyboard does (ㅅㅣ발 → 시발), compound jamo split (ㅄ → ㅂㅅ), punctuation and symbols dropped as
 * token breaks like spaces (the matcher decides when 시!발 is one word), a lone digit or Latin letter inside a
 * Hangul word dropped as a filler (시1발 → 시발), numbers that are read as curses read so (18, 10새끼, 씨8),
 * decorative lone vowels dropped, lengthened syllables folded (씨이이발 → 씨발, 조온나 → 존나) and repeated jamo
 * folded (ㅅㅅㅂ → ㅅㅂ). Latin letters are read three ways: as letters (fuck), as romanised Korean (sibal) and as
 * Korean typed with the keyboard in Latin mode (tlqkf). No tense or vowel folding happens (새기다 is not 새끼), so
 * the lexicon spells variants out.
 */
final class KoreanText {

    /** How a run of Latin letters is read. */
    enum LatinReading { LETTERS, ROMANISED, KEYBOARD }

    /** The units of one reading: the original span of each and whether it begins a token (after a space or mark). */
    record Units(int[] codes, int[] starts, int[] ends, boolean[] tokenStart) {

        int size() {
            return codes.length;
        }

        boolean isTokenEnd(int index) {
            return index == codes.length - 1 || tokenStart[index + 1];
        }
    }

    /** The text as NFKC, lower case, without invisibles and with single spaces, for exact phrase look-ups. */
    record Plain(String text, int[] starts, int[] ends) {
    }

    private static final int SYLLABLE_FIRST = 0xAC00;
    private static final int SYLLABLE_LAST = 0xD7A3;
    private static final int COMPAT_JAMO_FIRST = 0x3131;
    private static final int COMPAT_VOWEL_FIRST = 0x314F;
    private static final int COMPAT_JAMO_LAST = 0x3163;

    private static final String CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private static final String JUNGSEONG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    /** Index 0 is "no final consonant". */
    private static final String JONGSEONG = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
    private static final int IEUNG = CHOSEONG.indexOf('ㅇ');

    /** Jamo pairs that one syllable slot can hold: a compound vowel or a compound final consonant. */
    private static final String[] COMPOUNDS = {
        "ㅗㅏㅘ", "ㅗㅐㅙ", "ㅗㅣㅚ", "ㅜㅓㅝ", "ㅜㅔㅞ", "ㅜㅣㅟ", "ㅡㅣㅢ",
        "ㄱㅅㄳ", "ㄴㅈㄵ", "ㄴㅎㄶ", "ㄹㄱㄺ", "ㄹㅁㄻ", "ㄹㅂㄼ", "ㄹㅅㄽ", "ㄹㅌㄾ", "ㄹㅍㄿ", "ㄹㅎㅀ", "ㅂㅅㅄ"
    };

    /** The 2-set Korean keyboard: what each Latin key types (upper case only where shift changes the jamo). */
    private static final String KEYBOARD_KEYS = "qwertyuiopasdfghjklzxcvbnmQWERTOP";
    private static final String KEYBOARD_JAMO = "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡㅃㅉㄸㄲㅆㅒㅖ";

    /** Words that follow a number as its unit or particle, so that 18 there is a count, not 씨발. */
    private static final Set<Integer> COUNTERS = codePoints(
            "년월일시분초세살명개대위번차점골회층호원만억천조표석곳건권장마주경강홀타승패편부화기인학평도병잔쪽줄킬센미곡문척발톤배"
                    + "퍼프리이가에의으로와과를을은는까째");

    private final List<Atom> atoms;
    private final boolean hasLatin;

    private KoreanText(List<Atom> atoms) {
        this.atoms = atoms;
        this.hasLatin = atoms.stream().anyMatch(atom -> atom.kind == Kind.LATIN);
    }

    static KoreanText of(String text) {
        var atoms = new ArrayList<Atom>(text.length());
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            int next = index + Character.charCount(codePoint);
            if (isInvisible(codePoint)) {
                index = next;
                continue;
            }
            if (codePoint < 0x80 || isSyllable(codePoint) || isCompatJamo(codePoint)) {
                addAtom(atoms, codePoint, index, next);
            } else {
                String normal = Normalizer.normalize(text.substring(index, next), Normalizer.Form.NFKC);
                int from = index;
                normal.codePoints().forEach(part -> addAtom(atoms, part, from, next));
            }
            index = next;
        }
        return new KoreanText(atoms);
    }

    /** Every reading worth matching: letters only when there is no Latin, else all three. */
    List<Units> readings() {
        if (!hasLatin) {
            return List.of(units(LatinReading.LETTERS));
        }
        return Arrays.stream(LatinReading.values()).map(this::units).toList();
    }

    Units units(LatinReading reading) {
        var builder = new UnitBuilder(atoms.size());
        int index = 0;
        while (index < atoms.size()) {
            Atom atom = atoms.get(index);
            int runEnd = runEnd(index);
            switch (atom.kind) {
                // Punctuation is dropped but breaks the token like a space; AbuseFilter decides when 시!발 is a word.
                case SPACE, PUNCTUATION -> builder.space();
                case SYLLABLE, LETTER -> builder.add(atom.code, atom.start, atom.end);
                case JAMO -> compose(atoms.subList(index, runEnd)).forEach(builder::add);
                case LATIN -> readLatin(index, runEnd, reading, builder);
                case DIGIT -> readDigits(index, runEnd, builder);
            }
            index = runEnd;
        }
        return builder.build();
    }

    Plain plain() {
        var text = new StringBuilder(atoms.size());
        var starts = new int[atoms.size() * 2];
        var ends = new int[atoms.size() * 2];
        for (Atom atom : atoms) {
            int code = atom.kind == Kind.SPACE ? ' ' : atom.code;
            if (code == ' ' && (text.isEmpty() || text.charAt(text.length() - 1) == ' ')) {
                continue;
            }
            for (char c : Character.toChars(code)) {
                starts[text.length()] = atom.start;
                ends[text.length()] = atom.end;
                text.append(c);
            }
        }
        return new Plain(text.toString(), starts, ends);
    }

    // ---- atoms: one normalised character each, with its original span

    private enum Kind { SYLLABLE, JAMO, LATIN, DIGIT, SPACE, LETTER, PUNCTUATION }

    /** A normalised character; {@code original} keeps the case of a Latin letter for the keyboard reading. */
    private record Atom(Kind kind, int code, int original, int start, int end) {
    }

    private static void addAtom(List<Atom> atoms, int codePoint, int start, int end) {
        int code = toCompatJamo(codePoint);
        if (code < 0 || isInvisible(code)) {
            return;
        }
        if (code >= 0xC0 && code <= 0x24F) {
            // Latin with diacritics (fúck): keep the base letter.
            code = Normalizer.normalize(Character.toString(code), Normalizer.Form.NFD).charAt(0);
        }
        Kind kind;
        if (isSyllable(code)) {
            kind = Kind.SYLLABLE;
        } else if (isCompatJamo(code)) {
            kind = Kind.JAMO;
        } else if ((code | 0x20) >= 'a' && (code | 0x20) <= 'z') {
            kind = Kind.LATIN;
        } else if (code >= '0' && code <= '9') {
            kind = Kind.DIGIT;
        } else if (Character.isWhitespace(code) || Character.isSpaceChar(code)) {
            kind = Kind.SPACE;
        } else if (Character.isLetter(code)) {
            kind = Kind.LETTER;
        } else {
            kind = Kind.PUNCTUATION;
        }
        atoms.add(new Atom(kind, Character.toLowerCase(code), code, start, end));
    }

    private static boolean isInvisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.SURROGATE,
                 Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            case Character.CONTROL -> !Character.isWhitespace(codePoint);
            default -> codePoint == 0x3164 || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0xFFA0
                    || codePoint == 0x2800;
        };
    }

    /** Conjoining jamo (what NFKC makes of half-width and compatibility jamo) as compatibility jamo; -1 if archaic. */
    private static int toCompatJamo(int codePoint) {
        if (codePoint >= 0x1100 && codePoint <= 0x11FF) {
            if (codePoint < 0x1100 + CHOSEONG.length()) {
                return CHOSEONG.charAt(codePoint - 0x1100);
            }
            if (codePoint >= 0x1161 && codePoint < 0x1161 + JUNGSEONG.length()) {
                return JUNGSEONG.charAt(codePoint - 0x1161);
            }
            if (codePoint >= 0x11A8 && codePoint < 0x11A8 + JONGSEONG.length() - 1) {
                return JONGSEONG.charAt(codePoint - 0x11A8 + 1);
            }
            return -1;
        }
        return codePoint;
    }

    /** The end of the run of jamo, Latin letters or digits starting at {@code index}; any other atom is alone. */
    private int runEnd(int index) {
        Kind kind = atoms.get(index).kind;
        int end = index + 1;
        if (kind == Kind.JAMO || kind == Kind.LATIN || kind == Kind.DIGIT) {
            while (end < atoms.size() && atoms.get(end).kind == kind) {
                end++;
            }
        }
        return end;
    }

    private Atom atomAt(int index) {
        return index >= 0 && index < atoms.size() ? atoms.get(index) : null;
    }

    private boolean isHangul(Atom atom) {
        return atom != null && (atom.kind == Kind.SYLLABLE || atom.kind == Kind.JAMO);
    }

    // ---- Latin letters

    private void readLatin(int from, int to, LatinReading reading, UnitBuilder builder) {
        List<Atom> run = atoms.subList(from, to);
        Atom after = atomAt(to);
        if (run.size() == 1 && run.getFirst().code == 'c'
                && (isHangul(after) || after != null && after.code == '8')) {
            // The letter C is said 씨: C발, c8.
            builder.add('씨', run.getFirst().start, run.getFirst().end);
            return;
        }
        if (run.size() == 1 && builder.endsWithHangulWord() && isHangul(after)) {
            return; // a filler inside a Hangul word: 시x발
        }
        List<Unit> read = switch (reading) {
            case LETTERS -> null;
            case ROMANISED -> Romanisation.read(run);
            case KEYBOARD -> typedOnKeyboard(run);
        };
        if (read == null) {
            run.forEach(atom -> builder.add(atom.code, atom.start, atom.end));
        } else {
            read.forEach(builder::add);
        }
    }

    /** The syllables the letters type on a Korean keyboard left in Latin mode, or null unless all form syllables. */
    private static List<Unit> typedOnKeyboard(List<Atom> run) {
        var jamo = new ArrayList<Atom>(run.size());
        for (Atom atom : run) {
            int key = KEYBOARD_KEYS.indexOf(atom.original);
            if (key < 0) {
                key = KEYBOARD_KEYS.indexOf(atom.code);
            }
            jamo.add(new Atom(Kind.JAMO, KEYBOARD_JAMO.charAt(key), atom.original, atom.start, atom.end));
        }
        List<Unit> units = compose(jamo);
        return units.stream().allMatch(unit -> isSyllable(unit.code)) ? units : null;
    }

    // ---- digits

    private void readDigits(int from, int to, UnitBuilder builder) {
        List<Atom> run = atoms.subList(from, to);
        int start = run.getFirst().start;
        int end = run.getLast().end;
        Atom before = atomAt(from - 1);
        Atom after = atomAt(to);
        boolean partOfNumber = isNumberPunctuation(before) && atomAt(from - 2) != null
                && atomAt(from - 2).kind == Kind.DIGIT
                || isNumberPunctuation(after) && atomAt(to + 1) != null && atomAt(to + 1).kind == Kind.DIGIT;
        String digits = run.stream().map(atom -> Character.toString(atom.code)).reduce("", String::concat);
        if (!partOfNumber && digits.equals("18") && !countFollows(to)) {
            builder.add('씨', start, end); // 18 is said 십팔, the curse
            builder.add('발', start, end);
        } else if (!partOfNumber && digits.equals("10") && after != null && after.kind == Kind.SYLLABLE
                && (initial(after.code) == 'ㅅ' || initial(after.code) == 'ㅆ')) {
            builder.add('십', start, end); // 10새끼 is 씹새끼
        } else if (digits.equals("8") && builder.endsWithAnyOf('씨', '시') && !countFollows(to)) {
            builder.add('팔', start, end); // 씨8 is 씨팔
        } else if (digits.length() == 1 && builder.endsWithHangulWord() && isHangul(after)) {
            return; // a filler inside a Hangul word: 병1신
        } else {
            run.forEach(atom -> builder.add(atom.code, atom.start, atom.end));
        }
    }

    private static boolean isNumberPunctuation(Atom atom) {
        return atom != null && atom.kind == Kind.PUNCTUATION
                && (atom.code == '.' || atom.code == ',' || atom.code == ':');
    }

    /** Whether the next word after position {@code index} reads as the unit or particle of a number. */
    private boolean countFollows(int index) {
        int next = index;
        while (next < atoms.size() && atoms.get(next).kind == Kind.SPACE) {
            next++;
        }
        Atom atom = atomAt(next);
        if (atom == null) {
            return false;
        }
        return switch (atom.kind) {
            case SYLLABLE -> COUNTERS.contains(atom.code);
            case LATIN, DIGIT -> true;
            case PUNCTUATION -> "%.,:~-/".indexOf(atom.code) >= 0;
            default -> false;
        };
    }

    // ---- jamo arithmetic and composition

    /** A unit with its original span. */
    record Unit(int code, int start, int end) {
    }

    static boolean isSyllable(int code) {
        return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
    }

    static boolean isCompatJamo(int code) {
        return code >= COMPAT_JAMO_FIRST && code <= COMPAT_JAMO_LAST;
    }

    static boolean isVowel(int code) {
        return code >= COMPAT_VOWEL_FIRST && code <= COMPAT_JAMO_LAST;
    }

    /** The initial consonant of a syllable as a compatibility jamo. */
    static char initial(int syllable) {
        return CHOSEONG.charAt((syllable - SYLLABLE_FIRST) / (21 * 28));
    }

    private static int vowelIndex(int syllable) {
        return (syllable - SYLLABLE_FIRST) / 28 % 21;
    }

    private static int finalIndex(int syllable) {
        return (syllable - SYLLABLE_FIRST) % 28;
    }

    private static int syllable(int initial, int vowel, int finalConsonant) {
        return SYLLABLE_FIRST + (initial * 21 + vowel) * 28 + finalConsonant;
    }

    private static char compound(int first, int second) {
        for (String compound : COMPOUNDS) {
            if (compound.charAt(0) == first && compound.charAt(1) == second) {
                return compound.charAt(2);
            }
        }
        return 0;
    }

    /** The two jamo of a compound final consonant (ㅄ → ㅂ, ㅅ), or null for a simple one. */
    private static char[] splitCompound(int code) {
        for (String compound : COMPOUNDS) {
            if (compound.charAt(2) == code && !isVowel(code)) {
                return new char[] {compound.charAt(0), compound.charAt(1)};
            }
        }
        return null;
    }

    /**
     * Composes jamo into syllables the way a Korean keyboard does: a consonant and a vowel start a syllable, a
     * following consonant closes it unless a vowel follows that consonant. Jamo that form no syllable stay alone.
     */
    private static List<Unit> compose(List<Atom> jamo) {
        var units = new ArrayList<Unit>(jamo.size());
        int index = 0;
        while (index < jamo.size()) {
            int initial = CHOSEONG.indexOf(jamo.get(index).code);
            if (initial < 0 || !isJamoVowelAt(jamo, index + 1)) {
                units.add(new Unit(jamo.get(index).code, jamo.get(index).start, jamo.get(index).end));
                index++;
                continue;
            }
            int last = index + 1;
            char vowel = (char) jamo.get(last).code;
            if (isJamoVowelAt(jamo, last + 1) && compound(vowel, jamo.get(last + 1).code) != 0) {
                vowel = compound(vowel, jamo.get(++last).code);
            }
            int finalConsonant = 0;
            if (canCloseSyllable(jamo, last + 1)) {
                char consonant = (char) jamo.get(++last).code;
                if (canCloseSyllable(jamo, last + 1) && compound(consonant, jamo.get(last + 1).code) != 0) {
                    consonant = compound(consonant, jamo.get(++last).code);
                }
                finalConsonant = JONGSEONG.indexOf(consonant);
            }
            units.add(new Unit(syllable(initial, JUNGSEONG.indexOf(vowel), finalConsonant),
                    jamo.get(index).start, jamo.get(last).end));
            index = last + 1;
        }
        return units;
    }

    private static boolean isJamoVowelAt(List<Atom> jamo, int index) {
        return index < jamo.size() && isVowel(jamo.get(index).code);
    }

    private static boolean canCloseSyllable(List<Atom> jamo, int index) {
        return index < jamo.size() && !isVowel(jamo.get(index).code)
                && JONGSEONG.indexOf(jamo.get(index).code) > 0 && !isJamoVowelAt(jamo, index + 1);
    }

    private static Set<Integer> codePoints(String text) {
        return Set.copyOf(text.codePoints().boxed().toList());
    }

    // ---- romanised Korean

    /** Reads a Latin run as romanised Korean (sibal → 시발, byungsin → 븅신); null when it is not that. */
    private static final class Romanisation {

        private static final String[][] INITIALS = {
            {"ss", "ㅆ"}, {"kk", "ㄲ"}, {"gg", "ㄲ"}, {"tt", "ㄸ"}, {"dd", "ㄸ"}, {"pp", "ㅃ"}, {"bb", "ㅃ"},
            {"jj", "ㅉ"}, {"ch", "ㅊ"}, {"sh", "ㅅ"}, {"g", "ㄱ"}, {"k", "ㄱ"}, {"n", "ㄴ"}, {"d", "ㄷ"},
            {"t", "ㅌ"}, {"r", "ㄹ"}, {"l", "ㄹ"}, {"m", "ㅁ"}, {"b", "ㅂ"}, {"v", "ㅂ"}, {"p", "ㅍ"},
            {"f", "ㅍ"}, {"s", "ㅅ"}, {"j", "ㅈ"}, {"z", "ㅈ"}, {"h", "ㅎ"}
        };
        private static final String[][] VOWELS = {
            {"yae", "ㅒ"}, {"yeo", "ㅕ"}, {"wae", "ㅙ"}, {"ae", "ㅐ"}, {"ya", "ㅑ"}, {"eo", "ㅓ"}, {"ye", "ㅖ"},
            {"wa", "ㅘ"}, {"oe", "ㅚ"}, {"yo", "ㅛ"}, {"wo", "ㅝ"}, {"we", "ㅞ"}, {"wi", "ㅟ"}, {"yu", "ㅠ"},
            {"eu", "ㅡ"}, {"ui", "ㅢ"}, {"oo", "ㅜ"}, {"ee", "ㅣ"}, {"a", "ㅏ"}, {"e", "ㅔ"}, {"o", "ㅗ"},
            {"u", "ㅜ"}, {"i", "ㅣ"}
        };
        private static final String[][] FINALS = {
            {"ng", "ㅇ"}, {"k", "ㄱ"}, {"g", "ㄱ"}, {"n", "ㄴ"}, {"t", "ㅅ"}, {"l", "ㄹ"}, {"m", "ㅁ"},
            {"p", "ㅂ"}, {"b", "ㅂ"}, {"s", "ㅅ"}
        };
        /** Longer runs are English words or key mashing; reading them would only cost time. */
        private static final int LONGEST_RUN = 24;

        private Romanisation() {
        }

        static List<Unit> read(List<Atom> run) {
            if (run.size() > LONGEST_RUN) {
                return null;
            }
            var letters = new StringBuilder();
            run.forEach(atom -> letters.appendCodePoint(atom.code));
            var units = new ArrayList<Unit>();
            return parse(letters.toString(), 0, run, units) ? units : null;
        }

        /** Parses syllables from {@code at} to the end, preferring to give a consonant to the next syllable. */
        private static boolean parse(String letters, int at, List<Atom> run, List<Unit> units) {
            if (at == letters.length()) {
                return true;
            }
            String[] initial = prefix(INITIALS, letters, at);
            int vowelAt = at + (initial == null ? 0 : initial[0].length());
            String[] vowel = prefix(VOWELS, letters, vowelAt);
            if (vowel == null) {
                return false;
            }
            int afterVowel = vowelAt + vowel[0].length();
            int initialIndex = initial == null ? IEUNG : CHOSEONG.indexOf(initial[1]);
            int vowelIndex = JUNGSEONG.indexOf(vowel[1]);
            int mark = units.size();
            for (String[] last : FINALS) {
                int next = afterVowel + last[0].length();
                if (letters.startsWith(last[0], afterVowel) && closes(letters, afterVowel, next)) {
                    units.add(unit(syllable(initialIndex, vowelIndex, JONGSEONG.indexOf(last[1])), run, at, next));
                    if (parse(letters, next, run, units)) {
                        return true;
                    }
                    units.subList(mark, units.size()).clear();
                }
            }
            units.add(unit(syllable(initialIndex, vowelIndex, 0), run, at, afterVowel));
            if (parse(letters, afterVowel, run, units)) {
                return true;
            }
            units.subList(mark, units.size()).clear();
            return false;
        }

        /** A final consonant is one when no vowel follows it and it does not start a doubled initial (kk, ss). */
        private static boolean closes(String letters, int finalAt, int next) {
            if (next < letters.length() && prefix(VOWELS, letters, next) != null) {
                return false;
            }
            String[] doubled = prefix(INITIALS, letters, finalAt);
            return doubled == null || doubled[0].length() == 1 || doubled[0].charAt(0) != doubled[0].charAt(1);
        }

        private static String[] prefix(String[][] table, String letters, int at) {
            for (String[] entry : table) {
                if (letters.startsWith(entry[0], at)) {
                    return entry;
                }
            }
            return null;
        }

        private static Unit unit(int code, List<Atom> run, int from, int to) {
            return new Unit(code, run.get(from).start, run.get(to - 1).end);
        }
    }

    // ---- the unit sequence under construction

    /** Collects units, folding lengthened and repeated ones and dropping decorations as they arrive. */
    private static final class UnitBuilder {

        private int[] codes;
        private int[] starts;
        private int[] ends;
        private boolean[] tokenStart;
        private int size;
        private boolean spacePending;

        UnitBuilder(int capacity) {
            codes = new int[Math.max(capacity, 4)];
            starts = new int[codes.length];
            ends = new int[codes.length];
            tokenStart = new boolean[codes.length];
        }

        void space() {
            spacePending = true;
        }

        void add(Unit unit) {
            add(unit.code, unit.start, unit.end);
        }

        void add(int code, int start, int end) {
            char[] parts = splitCompound(code);
            if (parts != null) {
                add(parts[0], start, end);
                add(parts[1], start, end);
                return;
            }
            if (size > 0 && !spacePending) {
                int last = codes[size - 1];
                if (isVowel(code) && !isVowel(last)) {
                    return; // a decoration or filler inside a word: 씨ㅣ발, 싫어ㅠㅠ
                }
                if (code == last && !isSyllable(code)) {
                    ends[size - 1] = end; // repeated jamo or letters: ㅅㅅㅂ; syllables repeat in words (딸딸이)
                    return;
                }
                if (lengthens(last, code)) {
                    codes[size - 1] = last + finalIndex(code); // 씨이발, 조온나
                    ends[size - 1] = end;
                    return;
                }
            }
            append(code, start, end);
        }

        /**
         * Whether {@code code} only drags out the vowel of an open syllable: 이 after 씨, 온 after 조. After ㅣ only a
         * bare 이 does, because 인, 일 and 임 there are syllables of their own (시인, 새끼인데, 새키일수록).
         */
        private static boolean lengthens(int last, int code) {
            return isSyllable(last) && isSyllable(code) && finalIndex(last) == 0
                    && initial(code) == 'ㅇ' && vowelIndex(code) == vowelIndex(last)
                    && (JUNGSEONG.charAt(vowelIndex(code)) != 'ㅣ' || finalIndex(code) == 0);
        }

        private void append(int code, int start, int end) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                tokenStart = Arrays.copyOf(tokenStart, size * 2);
            }
            codes[size] = code;
            starts[size] = start;
            ends[size] = end;
            tokenStart[size] = size == 0 || spacePending;
            spacePending = false;
            size++;
        }

        boolean endsWithHangulWord() {
            return size > 0 && !spacePending && (isSyllable(codes[size - 1]) || isCompatJamo(codes[size - 1]));
        }

        boolean endsWithAnyOf(int first, int second) {
            return size > 0 && !spacePending && (codes[size - 1] == first || codes[size - 1] == second);
        }

        Units build() {
            return new Units(Arrays.copyOf(codes, size), Arrays.copyOf(starts, size), Arrays.copyOf(ends, size),
                    Arrays.copyOf(tokenStart, size));
        }
    }
}
