// The categories and services every new Neighborhood site starts with; operators rename, reorder,
// extend or archive them. Fixed prices are in major units of the tenant's currency and pay the
// helper within the default pricing policy's hourly bounds for the estimated duration.
type Names = { de: string; fr: string; it: string; en: string };

export interface DefaultService {
  slug: string;
  names: Names;
  pricingMode: 'fixed' | 'hourly' | 'quote';
  /** Major units (CHF 49 → 49); fixed-price services only. */
  fixedPrice?: number;
  estimatedDurationMinutes: number;
  /** Help may start with a helper's call: settings, accounts and software, where a call often solves it. */
  remoteHelp?: boolean;
}

export interface DefaultCategory {
  slug: string;
  names: Names;
  services: DefaultService[];
}

export const DEFAULT_CATEGORIES: DefaultCategory[] = [
  {
    slug: 'internet-wifi',
    names: { de: 'Internet & WLAN', fr: 'Internet & Wi-Fi', it: 'Internet & Wi-Fi', en: 'Internet & Wi-Fi' },
    services: [
      {
        slug: 'wifi-setup',
        names: { de: 'WLAN einrichten', fr: 'Installation du Wi-Fi', it: 'Configurazione Wi-Fi', en: 'Wi-Fi setup' },
        pricingMode: 'hourly',
        estimatedDurationMinutes: 60,
        remoteHelp: true,
      },
      {
        slug: 'router-swap',
        names: { de: 'Router austauschen', fr: 'Remplacement du routeur', it: 'Sostituzione del router', en: 'Router swap' },
        pricingMode: 'fixed',
        fixedPrice: 39,
        estimatedDurationMinutes: 60,
      },
      {
        slug: 'wifi-mesh-extension',
        names: { de: 'WLAN-Verstärker installieren', fr: 'Extension Wi-Fi maillée', it: 'Estensione Wi-Fi mesh', en: 'Wi-Fi mesh extension' },
        pricingMode: 'fixed',
        fixedPrice: 49,
        estimatedDurationMinutes: 60,
      },
    ],
  },
  {
    slug: 'tv-streaming',
    names: { de: 'TV & Streaming', fr: 'TV & streaming', it: 'TV & streaming', en: 'TV & streaming' },
    services: [
      {
        slug: 'tv-box-second-room',
        names: { de: 'TV-Box im zweiten Zimmer', fr: 'Box TV dans une deuxième pièce', it: 'TV box in una seconda stanza', en: 'TV box in a second room' },
        pricingMode: 'fixed',
        fixedPrice: 49,
        estimatedDurationMinutes: 60,
      },
      {
        slug: 'streaming-setup',
        names: { de: 'Streaming einrichten', fr: 'Configuration du streaming', it: 'Configurazione dello streaming', en: 'Streaming setup' },
        pricingMode: 'hourly',
        estimatedDurationMinutes: 45,
        remoteHelp: true,
      },
      {
        slug: 'tv-wall-mount',
        names: { de: 'Fernseher an die Wand montieren', fr: 'Fixation murale du téléviseur', it: 'Montaggio TV a parete', en: 'TV wall mounting' },
        pricingMode: 'quote',
        estimatedDurationMinutes: 120,
      },
    ],
  },
  {
    slug: 'smart-home',
    names: { de: 'Smart Home', fr: 'Maison connectée', it: 'Casa intelligente', en: 'Smart home' },
    services: [
      {
        slug: 'smart-home-install',
        names: { de: 'Smart-Home-Installation', fr: 'Installation maison connectée', it: 'Installazione casa intelligente', en: 'Smart-home installation' },
        pricingMode: 'quote',
        estimatedDurationMinutes: 180,
      },
      {
        slug: 'smart-lighting-setup',
        names: { de: 'Smarte Beleuchtung einrichten', fr: "Configuration de l'éclairage connecté", it: "Configurazione dell'illuminazione smart", en: 'Smart lighting setup' },
        pricingMode: 'hourly',
        estimatedDurationMinutes: 90,
        remoteHelp: true,
      },
    ],
  },
  {
    slug: 'computers-phones',
    names: { de: 'Computer & Handys', fr: 'Ordinateurs & téléphones', it: 'Computer & telefoni', en: 'Computers & phones' },
    services: [
      {
        slug: 'new-phone-transfer',
        names: { de: 'Daten aufs neue Handy übertragen', fr: 'Transfert vers un nouveau téléphone', it: 'Trasferimento sul nuovo telefono', en: 'New phone data transfer' },
        pricingMode: 'fixed',
        fixedPrice: 39,
        estimatedDurationMinutes: 60,
        remoteHelp: true,
      },
      {
        slug: 'printer-setup',
        names: { de: 'Drucker einrichten', fr: "Installation d'une imprimante", it: 'Configurazione stampante', en: 'Printer setup' },
        pricingMode: 'fixed',
        fixedPrice: 25,
        estimatedDurationMinutes: 45,
        remoteHelp: true,
      },
      {
        slug: 'computer-tune-up',
        names: { de: 'Computer-Check', fr: "Révision de l'ordinateur", it: 'Controllo del computer', en: 'Computer tune-up' },
        pricingMode: 'hourly',
        estimatedDurationMinutes: 90,
        remoteHelp: true,
      },
    ],
  },
  {
    slug: 'furniture-assembly',
    names: { de: 'Möbelmontage', fr: 'Montage de meubles', it: 'Montaggio mobili', en: 'Furniture assembly' },
    services: [
      {
        slug: 'furniture-assembly',
        names: { de: 'Möbel aufbauen', fr: 'Montage de meubles', it: 'Montaggio di mobili', en: 'Furniture assembly' },
        pricingMode: 'hourly',
        estimatedDurationMinutes: 120,
      },
      {
        slug: 'wardrobe-assembly',
        names: { de: 'Kleiderschrank aufbauen', fr: "Montage d'une armoire", it: "Montaggio di un armadio", en: 'Wardrobe assembly' },
        pricingMode: 'quote',
        estimatedDurationMinutes: 240,
      },
    ],
  },
];
