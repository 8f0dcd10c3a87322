// Encryption at rest for secrets Quartier must keep readable (invitation links waiting to be
// mailed, tenants' provider keys): AES-256-GCM with a key derived from ENCRYPTION_KEY per purpose.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/config.js';

const VERSION = 'v1';

export class SecretBox {
  private readonly keys = new Map<string, Buffer>();

  constructor(private readonly masterKey: string) {}

  static fromConfig(config: AppConfig): SecretBox {
    return new SecretBox(config.ENCRYPTION_KEY);
  }

  /** `purpose` separates keys, so a value sealed for one use cannot be opened as another. */
  seal(purpose: string, plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keyFor(purpose), iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${VERSION}.${iv.toString('base64url')}.${body.toString('base64url')}`;
  }

  open(purpose: string, sealed: string): string {
    const [version, iv, body] = sealed.split('.');
    if (version !== VERSION || !iv || !body) throw new Error('Not a sealed value');
    const bytes = Buffer.from(body, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.keyFor(purpose), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8');
  }

  private keyFor(purpose: string): Buffer {
    let key = this.keys.get(purpose);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.masterKey, 'quartier', purpose, 32));
      this.keys.set(purpose, key);
    }
    return key;
  }
}
