import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Users are global, identified by lower-case email. */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 320, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Null until the first sign-in: shown as `User Invitation` (R3, R4). */
  @Column({ name: 'first_signed_in_at', type: 'varchar', length: 40, nullable: true })
  firstSignedInAt: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 40 })
  createdAt: string;
}
