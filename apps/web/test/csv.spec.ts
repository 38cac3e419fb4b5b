import { bahtOfSatang, csvField, toCsv } from '../src/csv';

describe('tables as CSV', () => {
  it('quotes the fields that need it and doubles their quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(-12.5)).toBe('-12.5');
  });

  it('keeps text a spreadsheet would run as a formula as text, but not a negative number', () => {
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-250.00')).toBe('-250.00');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
  });

  it('writes a header and one CRLF-ended record per row, Thai kept, after a byte-order mark', () => {
    const rows = [
      { name: 'สมชาย "ใจดี"', eggs: 4215, satang: 123450 },
      { name: 'Makro, Chiang Mai', eggs: 0, satang: -5 },
    ];
    const csv = toCsv(
      [
        { header: 'ชื่อ', value: (r: (typeof rows)[number]) => r.name },
        { header: 'eggs', value: (r) => r.eggs },
        { header: 'baht', value: (r) => bahtOfSatang(r.satang) },
      ],
      rows,
    );
    expect(csv).toBe('\uFEFFชื่อ,eggs,baht\r\n"สมชาย ""ใจดี""",4215,1234.50\r\n"Makro, Chiang Mai",0,-0.05\r\n');
  });

  it('writes satang as exact baht', () => {
    expect(bahtOfSatang(9_007_199_254_740_991)).toBe('90071992547409.91');
    expect(bahtOfSatang(7)).toBe('0.07');
    expect(bahtOfSatang(null)).toBe('');
  });
});
