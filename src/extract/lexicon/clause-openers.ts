// Words that open a clause set before or after the main one, with a subject and a verb of its own: "When he refused
// to back Tom Hale, he said …", "… as she left the hall". Shared by the speaker finder and the pronoun resolver, which
// both skip such a clause's subject.
export const CLAUSE_OPENERS = new Set(['as', 'after', 'before', 'since', 'until', 'while', 'when', 'because', 'though', 'although', 'once', 'if', 'whereas'])
