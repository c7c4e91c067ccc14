import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length } from 'class-validator';

export class WalletExchangeDto {
  @ApiProperty({ format: 'uuid', description: 'For GET /me/wallet-exchanges/{exchangeId}: has my wallet picked it up?' }) id: string;
  @ApiProperty({ format: 'uuid' }) credentialId: string;
  @ApiProperty({ enum: ['pending', 'completed', 'expired'] }) status: 'pending' | 'completed' | 'expired';
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The DID my wallet presented when it took the credential' }) presentedDid: string | null;
}

export class NewWalletExchangeDto extends WalletExchangeDto {
  @ApiProperty({ description: 'The VC-API exchange endpoint (vc_request_url); works once, until expiresAt' }) exchangeUrl: string;
  @ApiProperty({ example: 'https://lcw.app/request.html?issuer=…&vc_request_url=…', description: 'Opens the Learner Credential Wallet on a phone' })
  walletUrl: string;
  @ApiProperty({ description: 'QR code of walletUrl, as an SVG document, to scan with the wallet' }) qrSvg: string;
  @ApiProperty({ description: 'The DIDAuth challenge the wallet signs' }) challenge: string;
}

export class HolderDidDto {
  @ApiProperty({ type: String, nullable: true, example: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' }) did: string | null;
}

export class SetHolderDidDto {
  @ApiProperty({ example: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', description: 'A did:key or did:web from my wallet' })
  @IsString({ message: 'did must be a did:key or did:web DID' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @Length(8, 512)
  did: string;
}

export class ReissueToDidDto {
  @ApiPropertyOptional({ description: 'The DID to be named by; default: the one saved in my settings' })
  @IsOptional()
  @IsString({ message: 'did must be a did:key or did:web DID' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @Length(8, 512)
  did?: string;
}
