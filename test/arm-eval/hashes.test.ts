import { nameBasedUuid, templateGuid, uniqueString } from '../../shared/arm-eval/hashes.js';
import { evaluateExpression } from './evaluate-expression.js';

describe('uniqueString', () => {
  // Published input/output pairs, said by their authors to match Azure/Bicep:
  // Azure/terraform-provider-azapi internal/services/functions/unique_string_function_test.go (PR #653)
  // and smokedlinq/powershell-az powershell-az.tests.ps1.
  test.each([
    [['fu'], '6rkxbspxjmsho'],
    [['fubar'], 'cj2xpqsiwjfne'],
    [['fu', 'bar'], 'q5wxoscxs5j6k'],
    [['/subscriptions/00000000-0000-0000-0000-000000000000', 'resource-id'], 'cwvxuqg24sifi'],
  ])('uniqueString(%j) = %s', (input, expected) => {
    expect(uniqueString(...input)).toBe(expected);
  });

  test('13 lowercase base-32 characters, deterministic, through the template function', async () => {
    const value = await evaluateExpression("[uniqueString(resourceGroup().id, 'x')]");
    expect(value).toMatch(/^[a-z2-7]{13}$/);
    expect(await evaluateExpression("[uniqueString(resourceGroup().id, 'x')]")).toBe(value);
    expect(await evaluateExpression("[uniqueString('fu', 'bar')]")).toBe('q5wxoscxs5j6k');
  });
});

describe('guid', () => {
  test('the version-5 machinery matches RFC 4122 (Python documentation example)', () => {
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  test('guid(a, b) is the version-5 UUID of "a-b" in the ARM namespace, RFC 4122 shaped', async () => {
    const value = await evaluateExpression("[guid('a', 'b')]");
    expect(value).toBe(nameBasedUuid('11fb06fb-712d-4ddd-98c7-e71bbd588830', 'a-b'));
    expect(value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(templateGuid('a', 'b')).toBe(value);
    expect(templateGuid('a', 'c')).not.toBe(value);
  });
});
