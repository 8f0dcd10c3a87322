// The categories every new Neighborhood site starts with; operators rename, reorder or extend them.
export interface DefaultCategory {
  slug: string;
  names: { de: string; fr: string; it: string; en: string };
}

export const DEFAULT_CATEGORIES: DefaultCategory[] = [
  { slug: 'internet-wifi', names: { de: 'Internet & WLAN', fr: 'Internet & Wi-Fi', it: 'Internet & Wi-Fi', en: 'Internet & Wi-Fi' } },
  { slug: 'tv-streaming', names: { de: 'TV & Streaming', fr: 'TV & streaming', it: 'TV & streaming', en: 'TV & streaming' } },
  { slug: 'smart-home', names: { de: 'Smart Home', fr: 'Maison connectée', it: 'Casa intelligente', en: 'Smart home' } },
  { slug: 'computers-phones', names: { de: 'Computer & Handys', fr: 'Ordinateurs & téléphones', it: 'Computer & telefoni', en: 'Computers & phones' } },
  { slug: 'furniture-assembly', names: { de: 'Möbelmontage', fr: 'Montage de meubles', it: 'Montaggio mobili', en: 'Furniture assembly' } },
];
