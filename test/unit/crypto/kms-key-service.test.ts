import { describe, expect, it, vi } from 'vitest';
import { DecryptCommand, GenerateDataKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import { KmsKeyService } from '../../../lambdas/adapters/aws/kms-key-service.js';
import { CountingKeyService } from '../../../lambdas/shared/crypto/key-service.js';

const ctx = { tenant: 'tenant-a', purpose: 'field' };

function fakeClient(reply: (command: unknown) => unknown) {
  const send = vi.fn(async (command: unknown) => reply(command));
  return { client: { send } as unknown as KMSClient, send };
}

describe('KmsKeyService', () => {
  it('sends GenerateDataKey with KeyId, AES_256 and the encryption context', async () => {
    const plaintext = new Uint8Array(32).fill(7);
    const blob = new Uint8Array(184).fill(9);
    const { client, send } = fakeClient(() => ({ Plaintext: plaintext, CiphertextBlob: blob, KeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' }));
    const out = await new KmsKeyService(client).generateDataKey('alias/tenant-a', ctx);
    expect(out).toEqual({ plaintext, ciphertext: blob });
    expect(send).toHaveBeenCalledTimes(1);
    const command = send.mock.calls[0]![0];
    expect(command).toBeInstanceOf(GenerateDataKeyCommand);
    expect((command as GenerateDataKeyCommand).input).toEqual({ KeyId: 'alias/tenant-a', KeySpec: 'AES_256', EncryptionContext: ctx });
  });

  it('sends Decrypt with KeyId, CiphertextBlob and the encryption context', async () => {
    const plaintext = new Uint8Array(32).fill(3);
    const blob = new Uint8Array([1, 2, 3]);
    const { client, send } = fakeClient(() => ({ Plaintext: plaintext }));
    expect(await new KmsKeyService(client).decrypt('alias/tenant-a', blob, ctx)).toBe(plaintext);
    const command = send.mock.calls[0]![0];
    expect(command).toBeInstanceOf(DecryptCommand);
    expect((command as DecryptCommand).input).toEqual({ KeyId: 'alias/tenant-a', CiphertextBlob: blob, EncryptionContext: ctx });
  });

  it('does not share the caller\'s context object with the command', async () => {
    const { client, send } = fakeClient(() => ({ Plaintext: new Uint8Array(32), CiphertextBlob: new Uint8Array(1) }));
    const context = { ...ctx };
    await new KmsKeyService(client).generateDataKey('k', context);
    context.tenant = 'mutated';
    expect((send.mock.calls[0]![0] as GenerateDataKeyCommand).input.EncryptionContext).toEqual(ctx);
  });

  it('propagates KMS errors and rejects empty or malformed replies', async () => {
    const denied = Object.assign(new Error('denied'), { name: 'AccessDeniedException' });
    await expect(new KmsKeyService(fakeClient(() => { throw denied; }).client).decrypt('k', new Uint8Array(1), ctx)).rejects.toBe(denied);
    await expect(new KmsKeyService(fakeClient(() => ({})).client).decrypt('k', new Uint8Array(1), ctx)).rejects.toThrow(/no plaintext/);
    await expect(
      new KmsKeyService(fakeClient(() => ({ Plaintext: new Uint8Array(16), CiphertextBlob: new Uint8Array(1) })).client).generateDataKey('k', ctx),
    ).rejects.toThrow(/no usable data key/);
  });

  it('counts calls through CountingKeyService', async () => {
    const { client } = fakeClient(() => ({ Plaintext: new Uint8Array(32), CiphertextBlob: new Uint8Array(1) }));
    const keys = new CountingKeyService(new KmsKeyService(client));
    await keys.generateDataKey('k', ctx);
    await keys.decrypt('k', new Uint8Array(1), ctx);
    await keys.decrypt('k', new Uint8Array(1), ctx);
    expect([keys.generateDataKeyCalls, keys.decryptCalls, keys.calls]).toEqual([1, 2, 3]);
    keys.reset();
    expect(keys.calls).toBe(0);
  });
});
