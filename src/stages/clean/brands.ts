// Proper names that page furniture cites, the same in every language.

/** Social networks, as an alternation: "Follow us on Twitter", a lone "FACEBOOK" button. */
export const NETWORKS =
  "twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|telegram|snapchat|whatsapp|google news|flipboard|pinterest|reddit";

/** Picture agencies and photo libraries, as an alternation. */
export const AGENCIES =
  "afp|reuters|ap|associated press|getty|getty images|epa|efe|ansa|dpa|xinhua|sipa|maxppp|abaca|belga|keystone|" +
  "anp|tass|ria novosti|shutterstock|istock|alamy|bloomberg|pool|upi|ap photo|afp photo|reuters photo|handout|" +
  "wikimedia commons|wikimedia|flickr|unsplash|hans lucas|leemage|bestimage|zuma|zuma press|sopa images|nurphoto|anadolu";
