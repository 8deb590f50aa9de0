import type { CleanLexicon } from "../../stages/clean/types.js";

/** Page-furniture vocabulary of English news sites, and the words that cannot end an English sentence. */
export const CLEAN: CleanLexicon = {
  commentLines: [
    "leave a comment", "leave a reply", "add a comment", "post a comment", "write a comment", "comment",
    "comments", "# comment", "# comments", "comments #", "view comments", "show comments", "hide comments",
    "view # comments", "see # comments", "read # comments", "see comments", "join the discussion",
    "join the conversation", "be the first to comment", "you must be logged in to post a comment",
    "log in to comment", "sign in to comment", "there are no comments yet", "no comments yet",
    "comments are closed", "your email address will not be published",
    "required fields are marked *", "required fields are marked", "cancel reply", "post comment", "comment policy",
  ],
  commentWords: ["comment", "comments", "commenting", "reply"],
  loginWords: ["logged in", "log in", "login", "sign in", "signed in"],
  shareLines: [
    "share", "share this", "share this article", "share this story", "share this post", "share article",
    "share story", "tweet", "tweet this", "email", "e-mail", "email this", "print", "print this article",
    "copy link", "link copied", "subscribe", "subscribe now", "sign up", "sign up now", "newsletter",
    "follow us", "save article", "gift article", "listen to this article", "enter your email address",
    "enter your email", "email this article", "email this story",
  ],
  shareHeads: [
    "share on", "share via", "share to", "follow us on", "like us on", "find us on", "download our app",
    "download the app", "get the app", "subscribe here", "click here to subscribe", "click here to sign up",
    "want more updates from", "this article is for subscribers", "already a subscriber",
    "to continue reading", "subscribe to continue", "you have reached your limit", "support our journalism",
  ],
  subscribeVerbs: ["sign up", "subscribe", "register"],
  subscribeNouns: ["newsletter", "newsletters", "podcast", "app", "email alerts", "breaking news alerts", "here"],
  followVerbs: ["follow", "find"],
  readMoreHeads: [
    "read more", "read also", "also read", "see also", "related", "related articles", "related stories",
    "related coverage", "related content", "related video", "more on this", "more on this story", "more",
    "more coverage", "recommended", "most read", "most popular", "don't miss", "trending",
  ],
  readMoreLines: [
    "read the rest of the story here", "read the full story", "read the full story here",
    "read the full article", "read the full article here", "continue reading", "continue reading below",
    "click here", "read more here", "watch", "watch the video", "watch below", "watch the video below",
    "see more", "show more", "load more",
  ],
  creditHeads: [
    "h/t", "hat tip", "photo", "photos", "photo credit", "photograph", "photography", "picture", "image", "images",
    "image credit", "credit", "credits", "illustration", "video", "graphic", "source image", "image caption",
    "photo caption", "media caption", "caption", "pictured",
  ],
  footerPhrases: ["all rights reserved", "may not be published, broadcast, rewritten or redistributed"],
  footerHeads: [
    "this story has been updated", "this article has been updated", "this article was updated",
    "this story was updated", "this piece has been updated", "this post has been updated",
    "this article originally appeared", "this article first appeared", "this piece first appeared",
    "this story first appeared", "this story originally appeared", "this piece originally appeared",
    "this article was originally published", "this article was first published", "this story was originally published",
  ],
  contributorHeads: ["reporting by", "additional reporting by", "editing by", "writing by", "compiled by"],
  footerTails: [
    "contributed reporting", "contributed to this report", "contributed to this story",
    "contributed reporting to this story", "contributed to this article",
  ],
  noteHeads: [
    "correction", "corrections", "clarification", "editor's note", "editors' note", "editor's note",
    "contributing", "note to readers",
  ],
  footerLines: ["our standards: the thomson reuters trust principles"],
  bylineHeads: ["by", "written by", "story by", "reported by"],
  mediaVerbs: ["watch", "listen to", "listen", "see"],
  mediaPlaces: ["below", "above", "here"],
  uiLines: [
    "advertisement", "advertising", "sponsored", "sponsored content", "back to top", "skip to main content",
    "skip to content", "menu", "home", "search", "close", "loading", "supported by", "story continues below",
    "story continues below advertisement", "article continues below", "abstract", "full text",
    "privacy policy", "terms of use", "terms of service", "cookie policy", "cookie settings", "contact us",
    "about us", "site map", "sitemap", "was this article helpful?", "was this story helpful?",
  ],
  uiHeads: ["tags", "topics", "filed under", "categories", "watch", "listen", "watch live"],
  timestampHeads: ["published", "updated", "last updated", "posted", "first published"],
  danglingWords: new Set([
    // determiners (possessives that stand alone, like "his", are left out)
    "the", "a", "an", "its", "their", "our", "your", "my", "every", "whose",
    // prepositions rarely stranded at a sentence end
    "of", "from", "into", "onto", "upon", "with", "than", "amid", "among", "amongst", "during", "despite",
    "including", "via", "toward", "towards", "as",
    // conjunctions and complementisers
    "and", "or", "but", "nor", "because", "although", "whether", "unless",
  ]),
};
